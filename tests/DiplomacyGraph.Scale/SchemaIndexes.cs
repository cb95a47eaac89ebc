using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Scale;

/// <summary>Neo4j 3.1 populates a new index in the background; a benchmark must not start before they are all online.</summary>
public static class SchemaIndexes
{
    public static async Task WaitUntilOnlineAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await client.RunAsync(new Statement("CALL db.indexes() YIELD state RETURN state"), cancellationToken);
            var states = result.Records.Select(record => record.Get<string>("state")).ToList();
            if (states.Contains("FAILED"))
            {
                throw new InvalidOperationException("An index failed to populate; see the instance's logs/debug.log.");
            }

            if (states.All(state => state == "ONLINE"))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }
}
