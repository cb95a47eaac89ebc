using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DiplomacyGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the Banana Cake Pop build under the endpoint's path: its page at the endpoint itself
/// (for a browser), its assets below it, and the <c>bcp-config.json</c> the page fetches at start.
/// </summary>
/// <remarks>
/// The build's page refers to its assets relatively (<c>static/js/…</c>) and the IDE is served at
/// <c>/graphql</c>, without a trailing slash, so a <c>&lt;base href="/graphql/"&gt;</c> is injected:
/// assets then resolve below the endpoint while the page's own URL stays the endpoint, which the
/// config tells the IDE to use (<c>useBrowserUrlAsEndpoint</c>).
/// </remarks>
internal sealed class BananaCakePopFiles
{
    private const string ConfigFileName = "bcp-config.json";
    private const string NitroBannerDismissedCookie = "chillicream_bcp_legacy_info_shown";

    private readonly PhysicalFileProvider _files;
    private readonly string _indexHtml;
    private readonly byte[] _config;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    public BananaCakePopFiles(string directory, string title)
    {
        var indexPath = Path.Combine(directory, "index.html");
        if (!File.Exists(indexPath))
        {
            throw new InvalidOperationException(
                $"The GraphQL IDE folder {directory} has no index.html; install it with BananaCakePopInstaller.EnsureInstalledAsync.");
        }

        _files = new PhysicalFileProvider(Path.GetFullPath(directory));
        _indexHtml = File.ReadAllText(indexPath);
        _config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["title"] = title,
            // Otherwise the page posts to telemetry.chillicream.com at every load (an uncaught
            // "Failed to fetch" offline, and a request users of a self-hosted API did not ask for).
            ["disableTelemetry"] = true,
        });
    }

    /// <summary>The IDE's page, with a base URL that puts its assets below <paramref name="endpointPath"/>.</summary>
    public Task ServePageAsync(HttpContext http, PathString endpointPath)
    {
        var baseHref = http.Request.PathBase.Add(endpointPath).Value!.TrimEnd('/') + "/";
        var html = _indexHtml.Replace("<head>", $"<head><base href=\"{System.Net.WebUtility.HtmlEncode(baseHref)}\">", StringComparison.Ordinal);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // The build shows a "Banana Cake Pop is now Nitro! Switch to Nitro" banner until this cookie
        // says it was dismissed; no config option turns it off. Users of this API have no Nitro to
        // switch to, so the page arrives with it dismissed.
        http.Response.Cookies.Append(NitroBannerDismissedCookie, "true", new CookieOptions { Path = baseHref.Length > 1 ? baseHref.TrimEnd('/') : baseHref, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, IsEssential = true });
        return http.Response.WriteAsync(html, Encoding.UTF8);
    }

    /// <summary>A file of the build by its path below the endpoint (<c>static/js/main.js</c>), or 404.</summary>
    public async Task ServeFileAsync(HttpContext http, PathString endpointPath, string relativePath)
    {
        if (relativePath.Length == 0 || relativePath == "index.html")
        {
            await ServePageAsync(http, endpointPath);
            return;
        }

        if (relativePath == ConfigFileName)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.Body.WriteAsync(_config);
            return;
        }

        // The provider refuses paths that climb out of its root ("../"), so no traversal here.
        var file = _files.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = _contentTypes.TryGetContentType(relativePath, out var contentType)
            ? contentType
            : "application/octet-stream";
        http.Response.ContentLength = file.Length;
        // Assets under static/ carry a content hash in their names, so they never change.
        http.Response.Headers.CacheControl = relativePath.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        await http.Response.SendFileAsync(file);
    }
}
