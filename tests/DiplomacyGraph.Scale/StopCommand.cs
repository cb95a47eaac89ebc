using System.CommandLine;

namespace DiplomacyGraph.Scale;

/// <summary><c>stop</c>: stops the scale instance (its data stays for the next <c>bench</c>).</summary>
public static class StopCommand
{
    public static Command Create()
    {
        var command = new Command("stop", "Stop the scale instance; its graph stays.");
        foreach (var option in ScaleInstance.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, _) =>
        {
            var instance = ScaleInstance.From(parseResult);
            Console.WriteLine(await instance.StopAsync() ? "Stopped." : "It was not running.");
            return 0;
        });
        return command;
    }
}
