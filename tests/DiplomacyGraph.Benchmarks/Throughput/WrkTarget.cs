using System.Text;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>
/// A URL wrk posts one fixed JSON body to, through a generated Lua script that counts answers that are not 200 or
/// whose body contains <c>errorMarker</c> (a GraphQL answer with errors still has status 200).
/// </summary>
public sealed record WrkTarget(string Name, Uri Uri, string Script)
{
    /// <summary>Writes the body and a script that posts it (with an Authorization header when given).</summary>
    public static async Task<string> WriteScriptAsync(string folder, string name, byte[] body, string? authorization, string errorMarker)
    {
        var bodyFile = Path.Combine(folder, name + ".json");
        await File.WriteAllBytesAsync(bodyFile, body);
        var script = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine(authorization is null ? "" : $"wrk.headers[\"Authorization\"] = \"{authorization}\"")
            .AppendLine($"local file = io.open(\"{bodyFile}\", \"rb\")")
            .AppendLine("wrk.body = file:read(\"*a\")")
            .AppendLine("file:close()")
            .AppendLine("threads = {}")
            .AppendLine("function setup(thread) table.insert(threads, thread) end")
            .AppendLine("failed = 0")
            .AppendLine("function response(status, headers, body)")
            .AppendLine($"  if status ~= 200 or string.find(body, '{errorMarker}', 1, true) then failed = failed + 1 end")
            .AppendLine("end")
            .AppendLine("function done(summary, latency, requests)")
            .AppendLine("  local total = 0")
            .AppendLine("  for _, thread in ipairs(threads) do total = total + thread:get(\"failed\") end")
            .AppendLine("  io.write(\"Failed answers: \" .. total .. \"\\n\")")
            .AppendLine("end");
        var scriptFile = Path.Combine(folder, name + ".lua");
        await File.WriteAllTextAsync(scriptFile, script.ToString());
        return scriptFile;
    }
}
