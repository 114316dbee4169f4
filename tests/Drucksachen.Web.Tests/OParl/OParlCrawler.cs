using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>
/// Crawls an OParl API from its System object: follows every URL of every object and every list
/// page, validates every object (embedded ones too) against the schemas, and checks the prose
/// requirements: created/modified everywhere, no null or empty values, embedded objects without
/// their back reference and equal to their object at its own id less that reference, list pages
/// with pagination and links, files with their size, checksum and content disposition.
/// </summary>
public sealed class OParlCrawler(HttpClient client, OParlSchemas schemas, string root = "http://localhost/oparl")
{
    public const string SchemaPrefix = "https://schema.oparl.org/1.1/";

    /// <summary>The back reference an embedded object leaves out, by (parent type, property).</summary>
    private static readonly Dictionary<(string Parent, string Property), string> BackReferences = new()
    {
        [("Paper", "consultation")] = "paper",
        [("Paper", "mainFile")] = "paper",
        [("Paper", "auxiliaryFile")] = "paper",
        [("Meeting", "agendaItem")] = "meeting",
        [("Meeting", "invitation")] = "meeting",
        [("Meeting", "resultsProtocol")] = "meeting",
        [("Meeting", "auxiliaryFile")] = "meeting",
        [("Meeting", "location")] = "meetings",
        [("Person", "membership")] = "person",
        [("Body", "legislativeTerm")] = "body",
        [("Body", "location")] = "bodies",
    };

    private readonly Queue<string> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<(JsonObject Embedded, string Parent, string BackReference)> _embedded = [];
    private readonly List<(JsonObject Item, string List)> _listed = [];

    public Dictionary<string, JsonObject> Objects { get; } = new(StringComparer.Ordinal);
    public List<string> Errors { get; } = [];
    public List<string> Bodies { get; } = [];
    public int Requests { get; private set; }
    public int ListPages { get; private set; }
    public int FilesDownloaded { get; private set; }

    /// <summary>The content of every file downloaded.</summary>
    public List<byte[]> Contents { get; } = [];

    public IEnumerable<JsonObject> OfType(string type) => Objects.Values.Where(o => o["type"]!.GetValue<string>() == SchemaPrefix + type);

    public async Task<OParlCrawler> RunAsync(bool checkFiles = true)
    {
        Enqueue(root);
        while (_queue.TryDequeue(out var url)) await VisitAsync(url, checkFiles);

        foreach (var (embedded, parent, backReference) in _embedded)
        {
            var id = embedded["id"]!.GetValue<string>();
            if (!Objects.TryGetValue(id, out var standalone)) { Errors.Add($"{parent}: embedded {id} is not reachable at its id"); continue; }
            if (standalone.ContainsKey(backReference) && !References(standalone[backReference]!, parent))
                Errors.Add($"{id}: back reference '{backReference}' does not name {parent}");
            var expected = standalone.DeepClone().AsObject();
            expected.Remove(backReference);
            if (!JsonNode.DeepEquals(expected, embedded))
                Errors.Add($"{id}: embedded in {parent} differs from the object at its id:\n  {embedded.ToJsonString()}\n  {standalone.ToJsonString()}");
        }
        foreach (var (item, list) in _listed)
        {
            var id = item["id"]!.GetValue<string>();
            if (Objects.TryGetValue(id, out var standalone) && !JsonNode.DeepEquals(standalone, item))
                Errors.Add($"{id}: in list {list} differs from the object at its id");
        }
        return this;
    }

    private void Enqueue(string url)
    {
        if (url.StartsWith(root, StringComparison.Ordinal) && _seen.Add(url)) _queue.Enqueue(url);
    }

    private async Task VisitAsync(string url, bool checkFiles)
    {
        using var response = await client.GetAsync(url);
        Requests++;
        var text = await response.Content.ReadAsStringAsync();
        Bodies.Add(text);
        if (response.StatusCode != HttpStatusCode.OK) { Errors.Add($"{url}: HTTP {(int)response.StatusCode} {text}"); return; }
        if (response.Content.Headers.ContentType?.MediaType != "application/json") Errors.Add($"{url}: content type {response.Content.Headers.ContentType}");
        if (!response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) || origins.Single() != "*") Errors.Add($"{url}: no CORS header");
        if (response.Headers.Contains("Set-Cookie")) Errors.Add($"{url}: sets a cookie");
        var json = JsonNode.Parse(text)!.AsObject();
        if (json.ContainsKey("data")) await VisitListAsync(url, json);
        else
        {
            if (json["id"]?.GetValue<string>() != url) Errors.Add($"{url}: its id is {json["id"]}");
            Record(json, url);
            await CheckObjectAsync(json, url, checkFiles, embeddedIn: null);
        }
    }

    private async Task VisitListAsync(string url, JsonObject page)
    {
        ListPages++;
        if (page["data"] is not JsonArray data) { Errors.Add($"{url}: data is not an array"); return; }
        if (page["pagination"] is not JsonObject pagination || page["links"] is not JsonObject links)
        {
            Errors.Add($"{url}: a list page needs pagination and links");
            return;
        }
        foreach (var name in new[] { "totalElements", "elementsPerPage", "currentPage", "totalPages" })
            if (pagination[name] is null) Errors.Add($"{url}: pagination.{name} missing");
        var current = pagination["currentPage"]!.GetValue<int>();
        var pages = pagination["totalPages"]!.GetValue<int>();
        var perPage = pagination["elementsPerPage"]!.GetValue<int>();
        var total = pagination["totalElements"]!.GetValue<int>();
        if (current < pages && links["next"] is null) Errors.Add($"{url}: page {current} of {pages} has no next link");
        if (current == pages && links["next"] is not null) Errors.Add($"{url}: the last page has a next link");
        if (links["self"] is null || links["first"] is null) Errors.Add($"{url}: links.self and links.first expected");
        if (current > 1 && links["prev"] is null) Errors.Add($"{url}: page {current} has no prev link");
        var expectedCount = current < pages ? perPage : total - (pages - 1) * perPage;
        if (data.Count != expectedCount) Errors.Add($"{url}: {data.Count} objects on page {current}, expected {expectedCount}");
        foreach (var (_, link) in links) Enqueue(link!.GetValue<string>());
        foreach (var item in data)
        {
            if (item is not JsonObject obj) { Errors.Add($"{url}: a list item is no object"); continue; }
            _listed.Add((obj, url));
            var id = obj["id"]?.GetValue<string>();
            if (id is null) { Errors.Add($"{url}: a list item has no id"); continue; }
            Enqueue(id);
            await CheckObjectAsync(obj, id, checkFiles: false, embeddedIn: null);
        }
    }

    private void Record(JsonObject json, string url) => Objects[url] = json;

    private async Task CheckObjectAsync(JsonObject json, string where, bool checkFiles, string? embeddedIn)
    {
        var type = json["type"]?.GetValue<string>();
        if (type is null || !type.StartsWith(SchemaPrefix, StringComparison.Ordinal)) { Errors.Add($"{where}: type {type}"); return; }
        var name = type[SchemaPrefix.Length..];
        Errors.AddRange(schemas.Validate(json, name, where));
        CheckStamps(json, where);
        if (json["deleted"] is not null)
        {
            if (json["deleted"]!.GetValue<bool>() != true) Errors.Add($"{where}: deleted is false (leave it out)");
            var extra = json.Select(p => p.Key).Except(["id", "type", "created", "modified", "deleted"]).ToList();
            if (extra.Count > 0) Errors.Add($"{where}: a deleted object keeps only id, type, created and modified, not {string.Join(", ", extra)}");
            return;
        }
        foreach (var (property, value) in json)
        {
            CheckValue(value, $"{where}.{property}");
            foreach (var embedded in Embedded(value))
            {
                var id = embedded["id"]!.GetValue<string>();
                if (BackReferences.TryGetValue((name, property), out var back))
                {
                    if (embedded.ContainsKey(back)) Errors.Add($"{where}.{property}: embedded {id} has its back reference '{back}'");
                    _embedded.Add((embedded, json["id"]!.GetValue<string>(), back));
                }
                else Errors.Add($"{where}.{property}: unexpected embedded object");
                Enqueue(id);
                await CheckObjectAsync(embedded, id, checkFiles, embeddedIn: where);
            }
            foreach (var url in Urls(value)) Enqueue(url);
        }
        if (name == "File" && checkFiles && embeddedIn is null) await CheckFileAsync(json, where);
    }

    private void CheckStamps(JsonObject json, string where)
    {
        if (json["created"]?.GetValue<string>() is not { } created || json["modified"]?.GetValue<string>() is not { } modified)
        {
            Errors.Add($"{where}: created and modified are required on every object");
            return;
        }
        if (DateTimeOffset.Parse(modified, System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture))
            Errors.Add($"{where}: modified {modified} before created {created}");
    }

    private void CheckValue(JsonNode? value, string where)
    {
        switch (value)
        {
            case null: Errors.Add($"{where}: null (leave optional properties out)"); break;
            case JsonArray { Count: 0 }: Errors.Add($"{where}: empty list (leave it out)"); break;
            case JsonArray array: foreach (var item in array) if (item is not JsonObject) CheckValue(item, where); break;
            case JsonValue v when v.TryGetValue<string>(out var s) && s.Length == 0: Errors.Add($"{where}: empty string"); break;
        }
    }

    private async Task CheckFileAsync(JsonObject file, string where)
    {
        var size = file["size"]!.GetValue<long>();
        var checksum = file["sha512Checksum"]!.GetValue<string>();
        foreach (var (property, attachment) in new[] { ("accessUrl", false), ("downloadUrl", true) })
        {
            var url = file[property]!.GetValue<string>();
            using var response = await client.GetAsync(url);
            Requests++;
            FilesDownloaded++;
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Contents.Add(bytes);
            if (response.StatusCode != HttpStatusCode.OK) { Errors.Add($"{url}: HTTP {(int)response.StatusCode}"); continue; }
            if (response.Content.Headers.ContentType?.MediaType != file["mimeType"]!.GetValue<string>()) Errors.Add($"{url}: content type {response.Content.Headers.ContentType}");
            if (bytes.LongLength != size) Errors.Add($"{url}: {bytes.Length} bytes, the File says {size}");
            if (Convert.ToHexStringLower(SHA512.HashData(bytes)) != checksum) Errors.Add($"{url}: SHA-512 differs from sha512Checksum");
            var disposition = response.Content.Headers.ContentDisposition;
            if (attachment && (disposition?.DispositionType != "attachment" || string.IsNullOrEmpty(disposition.FileName ?? disposition.FileNameStar)))
                Errors.Add($"{url}: downloadUrl must send Content-Disposition: attachment with a filename");
            if (!attachment && disposition?.DispositionType == "attachment") Errors.Add($"{url}: accessUrl must not send Content-Disposition: attachment");
            if (response.Headers.ETag is null || response.Content.Headers.LastModified is null) Errors.Add($"{url}: ETag and Last-Modified expected");
        }
    }

    private static IEnumerable<JsonObject> Embedded(JsonNode? value) => value switch
    {
        JsonObject o when o["type"] is not null => [o],
        JsonArray a => a.OfType<JsonObject>().Where(o => o["type"] is not null),
        _ => [],
    };

    private IEnumerable<string> Urls(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith(root, StringComparison.Ordinal) && !IsFileContent(s) => [s],
        JsonArray a => a.OfType<JsonValue>().SelectMany(Urls),
        _ => [],
    };

    private static bool IsFileContent(string url) => url.EndsWith("/access", StringComparison.Ordinal) || url.EndsWith("/download", StringComparison.Ordinal);

    private static bool References(JsonNode reference, string parent) => reference switch
    {
        JsonArray a => a.Any(x => x?.GetValue<string>() == parent),
        _ => reference.GetValue<string>() == parent,
    };
}
