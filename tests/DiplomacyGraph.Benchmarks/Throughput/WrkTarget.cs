using System.Text;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>A URL wrk posts one fixed JSON body to, through a generated Lua script.</summary>
public sealed record WrkTarget(string Name, Uri Uri, string Script)
{
    /// <summary>Writes the body and a script that posts it (with an Authorization header when given).</summary>
    public static async Task<string> WriteScriptAsync(string folder, string name, byte[] body, string? authorization)
    {
        var bodyFile = Path.Combine(folder, name + ".json");
        await File.WriteAllBytesAsync(bodyFile, body);
        var script = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine(authorization is null ? "" : $"wrk.headers[\"Authorization\"] = \"{authorization}\"")
            .AppendLine($"local file = io.open(\"{bodyFile}\", \"rb\")")
            .AppendLine("wrk.body = file:read(\"*a\")")
            .AppendLine("file:close()");
        var scriptFile = Path.Combine(folder, name + ".lua");
        await File.WriteAllTextAsync(scriptFile, script.ToString());
        return scriptFile;
    }
}
