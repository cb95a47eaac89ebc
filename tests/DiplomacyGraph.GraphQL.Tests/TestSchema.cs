using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests;

/// <summary>
/// The schema the validation tests run against: graphql-js's validation test harness schema
/// (pets, humans and the argument-rich ComplicatedArgs), written once as SDL.
/// </summary>
internal static class TestSchema
{
    public const string Sdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          # TODO List
          # TODO Coercion
          # TODO NotNulls
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        schema {
          query: QueryRoot
        }

        directive @onField on FIELD
        """;

    private static readonly Lazy<GraphQLSchema> LazySchema = new(() => Build(Sdl));

    public static GraphQLSchema Schema => LazySchema.Value;

    /// <summary>A schema from SDL, as graphql-js's <c>buildSchema</c> makes one.</summary>
    public static GraphQLSchema Build(string sdl) => SchemaBuilder.FromDocument(Parser.Parse(sdl)).Build();

    /// <summary>
    /// A schema from SDL without the type-system checks (graphql-js's <c>buildSchema</c> defers them),
    /// for the SDL tests that extend schemas which are incomplete on purpose.
    /// </summary>
    public static GraphQLSchema BuildUnchecked(string sdl) => SchemaBuilder.FromDocument(Parser.Parse(sdl)).AssumeValid().Build();
}
