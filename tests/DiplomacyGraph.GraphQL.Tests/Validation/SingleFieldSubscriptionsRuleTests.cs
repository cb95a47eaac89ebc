using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Single-root-field</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SubscriptionSchema = new(() => TestSchema.Build("""
        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }

        type QueryRoot {
          dummy: String
        }

        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }
        """));

    private static readonly Lazy<GraphQLSchema> SchemaWithoutSubscription = new(() => TestSchema.Build("""
        type Query {
          dummy: String
        }
        """));

    [Fact]
    public void Accepts_a_subscription_with_one_root_field() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
        }
        """);

    [Fact]
    public void Accepts_a_subscription_with_one_root_field_with_arguments_and_subfields() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Accepts_a_root_field_repeated_under_one_response_key() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          importantEmails
          importantEmails
        }
        """);

    [Fact]
    public void Accepts_a_fragment_with_one_root_field() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          ...Fragment
        }
        fragment Fragment on SubscriptionRoot {
          importantEmails
        }
        """);

    [Fact]
    public void Accepts_a_fragment_with_one_root_field_repeated() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          importantEmails
          ...Fragment
        }
        fragment Fragment on SubscriptionRoot {
          importantEmails
        }
        """);

    [Fact]
    public void Accepts_a_field_skipped_by_a_literal_skip() => ValidationHarness.ExpectValidWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          importantEmails
          notImportantEmails @skip(if: true)
          spamEmails @include(if: false)
        }
        """);

    [Fact]
    public void Reports_more_than_one_root_field() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Reports_more_than_one_root_field_including_introspection() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          __typename
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
        new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3)));

    [Fact]
    public void Reports_more_than_one_root_field_including_introspection_twice() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          __typename
          __typename
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_more_than_one_root_field_in_an_anonymous_subscription() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          importantEmails
          notImportantEmails
        }
        """,
        new ExpectedError("Anonymous Subscription must select only one top level field.", (3, 3)));

    [Fact]
    public void Reports_more_than_one_root_field_through_fragments() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          ...NotImportantEmails
          ...SpamEmails
          ... on SubscriptionRoot {
            deletedEmails
          }
        }
        fragment NotImportantEmails on SubscriptionRoot {
          notImportantEmails
          ...SpamEmails
        }
        fragment SpamEmails on SubscriptionRoot {
          spamEmails
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (10, 3), (14, 3), (6, 5)));

    [Fact]
    public void Reports_more_than_one_root_field_in_multiple_subscriptions() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
        }
        subscription SpamEmails {
          spamEmails
          deletedEmails
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
        new ExpectedError("Subscription \"SpamEmails\" must select only one top level field.", (7, 3)));

    [Fact]
    public void Reports_many_more_than_one_root_field() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
          spamEmails
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void Reports_an_introspection_root_field() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription ImportantEmails {
          __typename
        }
        """,
        new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Reports_an_introspection_root_field_in_an_anonymous_subscription() => ValidationHarness.ExpectErrorsWithSchema(
        SubscriptionSchema.Value,
        Rule,
        """
        subscription {
          __typename
        }
        """,
        new ExpectedError("Anonymous Subscription must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Ignores_subscriptions_when_the_schema_has_no_subscription_type() => ValidationHarness.ExpectValidWithSchema(
        SchemaWithoutSubscription.Value,
        Rule,
        """
        subscription {
          __typename
        }
        """);
}
