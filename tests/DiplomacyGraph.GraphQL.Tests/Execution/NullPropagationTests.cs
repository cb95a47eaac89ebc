namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Handling-Field-Errors — each expected result is
/// graphql-js 16's JSON for the same schema, data and query.
/// </summary>
public sealed class NullPropagationTests
{
    [Fact]
    public async Task A_null_non_null_field_nulls_its_nullable_parent_in_a_list()
    {
        var json = await CharacterSchema.RunAsync("{ hero { name friends { name ... on Droid { primaryFunction } } } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Droid.name.","locations":[{"line":1,"column":25}],"path":["hero","friends",1,"name"]}],"data":{"hero":{"name":"Luke","friends":[{"name":"R2-D2","primaryFunction":"Astromech"},null]}}}""",
            json);
    }

    [Fact]
    public async Task A_nullable_list_item_takes_the_null()
    {
        var json = await CharacterSchema.RunAsync("{ heroes { id name } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Droid.name.","locations":[{"line":1,"column":15}],"path":["heroes",1,"name"]}],"data":{"heroes":[{"id":"1","name":"Luke"},null,{"id":"2","name":"R2-D2"}]}}""",
            json);
    }

    [Fact]
    public async Task A_non_null_list_item_nulls_the_whole_list()
    {
        var json = await CharacterSchema.RunAsync("{ strictHeroes { name } boom }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Droid.name.","locations":[{"line":1,"column":18}],"path":["strictHeroes",1,"name"]},{"message":"Boom!","locations":[{"line":1,"column":25}],"path":["boom"]}],"data":{"strictHeroes":null,"boom":null}}""",
            json);
    }

    [Fact]
    public async Task Null_reaching_a_non_null_root_field_nulls_the_data()
    {
        var json = await CharacterSchema.RunAsync("{ strictList { name } greeting }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Droid.name.","locations":[{"line":1,"column":16}],"path":["strictList",0,"name"]}],"data":null}""",
            json);
    }

    [Fact]
    public async Task A_throwing_non_null_root_field_nulls_the_data_and_stops_its_siblings()
    {
        var json = await CharacterSchema.RunAsync("{ greeting strictBoom boom }");
        Assert.Equal(
            """{"errors":[{"message":"Strict boom!","locations":[{"line":1,"column":12}],"path":["strictBoom"]}],"data":null}""",
            json);
    }

    [Fact]
    public async Task Errors_are_listed_in_execution_order_with_aliases_in_their_paths()
    {
        var json = await CharacterSchema.RunAsync("{ boom a: boom hero { friends { name } } }");
        Assert.Equal(
            """{"errors":[{"message":"Boom!","locations":[{"line":1,"column":3}],"path":["boom"]},{"message":"Boom!","locations":[{"line":1,"column":8}],"path":["a"]},{"message":"Cannot return null for non-nullable field Droid.name.","locations":[{"line":1,"column":33}],"path":["hero","friends",1,"name"]}],"data":{"boom":null,"a":null,"hero":{"friends":[{"name":"R2-D2"},null]}}}""",
            json);
    }
}
