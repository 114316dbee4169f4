using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Drucksachen.Web.OParl;

/// <summary>
/// An external object list: stable order (given by the caller), pages with pagination and links,
/// and the filters created_since, created_until, modified_since, modified_until, limit and
/// omit_internal. Deleted objects are listed only when modified_since is given, as clients that
/// sync by modification time need them and others do not.
/// </summary>
internal static class OParlList
{
    private static readonly string[] DateFilters = ["created_since", "created_until", "modified_since", "modified_until"];

    public static IResult Page<T>(HttpContext http, OParlContext context, string listUrl, IEnumerable<T> items,
        Func<T, bool, JsonObject> render) where T : IOParlEntry
    {
        var query = http.Request.Query;
        var bounds = new Dictionary<string, DateTimeOffset>();
        var texts = new Dictionary<string, string>();
        foreach (var name in DateFilters)
        {
            if (!query.TryGetValue(name, out var values)) continue;
            // A '+' of an offset arrives as a space when the client did not encode it.
            var text = values.ToString().Replace(' ', '+');
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var bound))
                return OParlEndpoints.Error(StatusCodes.Status400BadRequest, $"{name}: '{text}' ist keine Zeitangabe (date-time, z. B. 2024-01-01T00:00:00+01:00).");
            bounds[name] = bound;
            texts[name] = text;
        }

        var size = context.Options.PageSize;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
                return OParlEndpoints.Error(StatusCodes.Status400BadRequest, $"limit: '{limitText}' ist keine positive ganze Zahl.");
            size = Math.Min(limit, context.Options.MaxPageSize);
        }
        var page = 1;
        if (query.TryGetValue("page", out var pageText)
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            return OParlEndpoints.Error(StatusCodes.Status400BadRequest, $"page: '{pageText}' ist keine positive ganze Zahl.");
        var omitInternal = query.TryGetValue("omit_internal", out var omit) && omit.ToString() is not ("false" or "0");

        var withDeleted = bounds.ContainsKey("modified_since");
        var selected = items.Where(item =>
            (withDeleted || !item.Deleted)
            && (!bounds.TryGetValue("created_since", out var cs) || item.Created >= cs)
            && (!bounds.TryGetValue("created_until", out var cu) || item.Created <= cu)
            && (!bounds.TryGetValue("modified_since", out var ms) || item.Modified >= ms)
            && (!bounds.TryGetValue("modified_until", out var mu) || item.Modified <= mu)).ToList();

        var total = selected.Count;
        var pages = Math.Max(1, (total + size - 1) / size);
        if (page > pages) return OParlEndpoints.Error(StatusCodes.Status404NotFound, $"Die Liste hat nur {pages} Seite(n).");
        var data = new JsonArray([.. selected.Skip((page - 1) * size).Take(size).Select(item => (JsonNode)render(item, omitInternal))]);

        // Every link keeps the client's filters, in a fixed order so each page has one canonical URL.
        var kept = new StringBuilder();
        foreach (var name in DateFilters)
            if (texts.TryGetValue(name, out var text))
                kept.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(text));
        if (query.ContainsKey("limit")) kept.Append("&limit=").Append(size.ToString(CultureInfo.InvariantCulture));
        if (omitInternal) kept.Append("&omit_internal=true");
        string Link(int number)
        {
            var parameters = (number > 1 ? $"&page={number.ToString(CultureInfo.InvariantCulture)}" : "") + kept;
            return parameters.Length == 0 ? listUrl : listUrl + "?" + parameters[1..];
        }

        var links = new JsonObject { ["first"] = Link(1) };
        if (page > 1) links["prev"] = Link(page - 1);
        links["self"] = Link(page);
        if (page < pages) links["next"] = Link(page + 1);
        links["last"] = Link(pages);
        return OParlEndpoints.Json(new JsonObject
        {
            ["data"] = data,
            ["pagination"] = new JsonObject
            {
                ["totalElements"] = total,
                ["elementsPerPage"] = size,
                ["currentPage"] = page,
                ["totalPages"] = pages,
            },
            ["links"] = links,
        });
    }
}
