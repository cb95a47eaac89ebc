using System.CommandLine;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Host.Terminal;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// The default action (no verb): bring everything up and keep it running until Ctrl+C.
/// Steps: 1. Neo4j (the external one, or the local one provisioned and started) → 2. schema →
/// 3. load the knowledge graph → 4. serve the API. On Ctrl+C/SIGTERM, a local Neo4j this
/// command started is stopped again; one that was already running (<c>neo4j start</c>) is left running.
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken shutdown)
    {
        var options = DiplomacyGraphOptions.From(parseResult);
        var output = Console.Out;

        // The API's address is the one input Neo4j cannot check: refuse a taken port before starting anything.
        ListenAddresses.EnsureFree(options.Urls);
        Neo4jInstance? startedHere = null;
        try
        {
            // 1. Neo4j.
            Neo4jClientOptions clientOptions;
            if (options.UsesExternalNeo4j)
            {
                clientOptions = Neo4jConnection.ExternalClientOptions(options);
                output.WriteLine($"Using the external Neo4j at {clientOptions.Uri} as '{clientOptions.User}'.");
            }
            else
            {
                var instance = Neo4jConnection.LocalInstance(options, stopWhenThisProcessExits: true);
                if (instance.IsRunning)
                {
                    output.WriteLine("Using the local Neo4j that is already running (it stays running afterwards).");
                    await instance.WaitUntilReadyAsync(instance.Options.ReadyTimeout, shutdown);
                }
                else
                {
                    startedHere = await StepProgress.RunAsync(
                        "Starting Neo4j", log => Neo4jInstance.ProvisionAndStartAsync(instance.Options, log, shutdown));
                }

                clientOptions = Neo4jConnection.ClientOptionsFor(instance);
                output.WriteLine("Local Neo4j:");
                Neo4jConnection.Describe(output, instance);
            }

            using var client = new Neo4jClient(clientOptions);

            // The supervisor restarts a local Neo4j that dies; say so here as it happens.
            using var following = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
            var supervisorMessages = startedHere is null ? Task.CompletedTask : SupervisorMessages.FollowAsync(startedHere, output, following.Token);

            // 2. Schema.
            await SchemaCommand.ApplyAsync(client, output, shutdown);

            // 3. Load the knowledge graph from the fact files (and the corpus, when there is one).
            if (await LoadCommand.LoadAsync(client, Spectre.Console.AnsiConsole.Console, GraphLoader.DefaultDataFolder, options.Corpus, shutdown) != 0)
            {
                return 1;
            }

            // 4. Serve the API until Ctrl+C.
            await ServeCommand.ServeAsync(options, client, output, shutdown);
            await following.CancelAsync();
            await supervisorMessages;
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Program turns this into 130 (Ctrl+C) or 143 (SIGTERM), after the finally block has stopped Neo4j.
            return ExitCodes.Failure;
        }
        finally
        {
            if (startedHere is not null)
            {
                output.WriteLine("Stopping the local Neo4j ...");
                await startedHere.StopAsync();
                output.WriteLine("Stopped.");
            }
        }
    }
}
