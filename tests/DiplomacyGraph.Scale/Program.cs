using System.CommandLine;
using DiplomacyGraph.Scale;

// The scale tool: a synthetic graph at any size in its own Neo4j, and the API beside Neo4j on it.
// See tests/DiplomacyGraph.Scale/README.md.
var root = new RootCommand("DiplomacyGraph at scale: generate a synthetic graph, benchmark the API beside Neo4j itself.")
{
    GenerateCommand.Create(),
    BenchCommand.Create(),
    StopCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
