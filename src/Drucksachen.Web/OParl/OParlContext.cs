using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;

namespace Drucksachen.Web.OParl;

/// <summary>
/// What one OParl request works with: the index, the options, and the canonical URLs of all
/// objects. Ids contain only immutable keys (GUIDs, configured keys, hashes of names),
/// never a paper's number.
/// </summary>
public sealed class OParlContext(OParlIndex index, OParlOptions options, City city, string root)
{
    public const string Schema = "https://schema.oparl.org/1.1/";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public OParlIndex Index { get; } = index;
    public OParlOptions Options { get; } = options;
    public City City { get; } = city;

    /// <summary>e.g. "https://host/oparl".</summary>
    public string Root { get; } = root;

    public static async Task<OParlContext> ForAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<OParlOptions>();
        var index = await services.GetRequiredService<OParlIndexCache>().GetAsync(http.RequestAborted);
        var baseUrl = services.GetRequiredService<WebOptions>().PublicBaseUrl.TrimEnd('/');
        return new OParlContext(index, options, services.GetRequiredService<City>(), baseUrl + OParlEndpoints.Prefix);
    }

    public string SystemUrl => Root;
    public string BodiesUrl => $"{Root}/bodies";
    public string BodyUrl => $"{Root}/bodies/{Escape(Options.BodyKey)}";
    public string BodyList(string list) => $"{BodyUrl}/{list}";
    public string LegislativeTermUrl => $"{Root}/legislative-terms/{Escape(Options.LegislativeTerm.Key)}";
    public string LocationUrl(LocationEntry l) => $"{Root}/locations/{Escape(l.Key)}";
    public string OrganizationUrl(OrganizationEntry o) => $"{Root}/organizations/{Escape(o.Key)}";
    public string PersonUrl(PersonEntry p) => $"{Root}/persons/{Escape(p.Key)}";
    public string MembershipUrl(MembershipEntry m) => $"{Root}/memberships/{Escape(m.Key)}";
    public string MeetingUrl(MeetingEntry m) => $"{Root}/meetings/{m.Meeting.Id}";
    public string AgendaItemUrl(AgendaItemEntry a) => $"{Root}/agenda-items/{a.Id}";
    public string PaperUrl(PaperEntry p) => $"{Root}/papers/{p.Paper.Id}";
    public string ConsultationUrl(ConsultationEntry c) => $"{Root}/consultations/{c.Data.Id}";
    public string FileUrl(FileEntry f) => $"{Root}/files/{f.Id}";
    public string FileAccessUrl(FileEntry f) => $"{FileUrl(f)}/access";
    public string FileDownloadUrl(FileEntry f) => $"{FileUrl(f)}/download";

    /// <summary>The first properties of every object.</summary>
    public static JsonObject Start(string id, string type) => new() { ["id"] = id, ["type"] = Schema + type };

    /// <summary>created and modified, the last properties of every object, embedded ones too.</summary>
    public JsonObject Stamp(JsonObject json, IOParlEntry entry)
    {
        json["created"] = DateTime(entry.Created);
        json["modified"] = DateTime(entry.Modified);
        return json;
    }

    /// <summary>A deleted object keeps only id, type, created and modified, and says deleted: true.</summary>
    public JsonObject Deleted(string id, string type, IOParlEntry entry)
    {
        var json = Start(id, type);
        Stamp(json, entry);
        json["deleted"] = true;
        return json;
    }

    /// <summary>ISO 8601 with the offset of the city's time zone, to the second.</summary>
    public string DateTime(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, City.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local date and time of the city, with its offset on that day.</summary>
    public string LocalDateTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return DateTime(new DateTimeOffset(local, City.TimeZone.GetUtcOffset(local)));
    }

    /// <summary>Adds a property only when it has a value: OParl leaves optional properties out rather than null.</summary>
    public static void Optional(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) json[name] = value;
    }

    public static void Optional(JsonObject json, string name, JsonArray array)
    {
        if (array.Count > 0) json[name] = array;
    }

    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

    public static JsonArray Array(IEnumerable<JsonObject> values) => new([.. values.Cast<JsonNode>()]);

    public static byte[] Serialize(JsonNode json) => JsonSerializer.SerializeToUtf8Bytes(json, JsonOptions);

    private static string Escape(string key) => Uri.EscapeDataString(key);
}
