using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Security;
using Microsoft.Net.Http.Headers;

namespace Drucksachen.Web.OParl;

/// <summary>
/// oparl:File: every stored PDF version of a public paper, and the public editions of the published
/// meetings' invitations, supplements and minutes. accessUrl serves it inline, downloadUrl
/// as an attachment; both with ETag and Last-Modified, answering conditional GETs with 304. A
/// version of a withdrawn paper is a deleted object and its content is gone (410).
/// </summary>
internal static class FileObjects
{
    public const string PdfType = "application/pdf";

    public static void Map(RouteGroupBuilder oparl)
    {
        oparl.Get("/files/{id:guid}", (http, context) =>
            Find(http, context) is { } file
                ? OParlEndpoints.Json(Json(context, file, embedded: false))
                : OParlEndpoints.NotFound("Diese Datei"));
        oparl.Get("/files/{id:guid}/access", (http, context) => ContentAsync(http, context, download: false));
        oparl.Get("/files/{id:guid}/download", (http, context) => ContentAsync(http, context, download: true));
    }

    /// <param name="embedded">Embedded in the paper or meeting: without the back reference to it.</param>
    public static JsonObject Json(OParlContext context, FileEntry file, bool embedded)
    {
        var url = context.FileUrl(file);
        if (file.Deleted) return context.Deleted(url, "File", file);
        var json = OParlContext.Start(url, "File");
        json["name"] = file.Name;
        json["fileName"] = file.FileName;
        json["mimeType"] = PdfType;
        json["date"] = OParlContext.Date(context.City.DayOf(file.CreatedAt));
        json["size"] = file.Size;
        json["sha512Checksum"] = file.Sha512;
        json["accessUrl"] = context.FileAccessUrl(file);
        json["downloadUrl"] = context.FileDownloadUrl(file);
        if (!embedded && file.Paper is { } paper) json["paper"] = new JsonArray(context.PaperUrl(paper));
        if (!embedded && file.Meeting is { } meeting) json["meeting"] = new JsonArray(context.MeetingUrl(meeting));
        return context.Stamp(json, file);
    }

    private static FileEntry? Find(HttpContext http, OParlContext context) =>
        context.Index.FileById.GetValueOrDefault(Guid.Parse((string)http.GetRouteValue("id")!));

    private static async Task<IResult> ContentAsync(HttpContext http, OParlContext context, bool download)
    {
        if (Find(http, context) is not { } file) return OParlEndpoints.NotFound("Diese Datei");
        if (file.Deleted) return OParlEndpoints.Error(StatusCodes.Status410Gone, "Diese Datei wurde gelöscht.");

        http.ServedPublicly(CachePolicy.Lasting);
        // The content never changes, so its checksum is its entity tag; a match needs no database.
        var tag = new EntityTagHeaderValue($"\"{file.Sha512[..32]}\"");
        var lastModified = file.Created;
        var response = http.Response;
        response.Headers.ETag = tag.ToString();
        response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        if (NotModified(http.Request, tag, lastModified)) return Results.StatusCode(StatusCodes.Status304NotModified);

        var reader = http.RequestServices.GetRequiredService<IOParlReader>();
        var content = file.Paper is not null
            ? await reader.DocumentContentAsync(file.Id, http.RequestAborted)
            : await reader.MeetingDocumentContentAsync(file.Id, http.RequestAborted);
        if (content is null) return OParlEndpoints.NotFound("Diese Datei");
        if (!download)
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName, FileName = Ascii(file.FileName) }.ToString();
        return Results.File(content, PdfType, download ? file.FileName : null, enableRangeProcessing: true, lastModified: lastModified, entityTag: tag);
    }

    private static bool NotModified(HttpRequest request, EntityTagHeaderValue tag, DateTimeOffset lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
        return headers.IfModifiedSince is { } since && lastModified <= since;
    }

    private static string Ascii(string name) =>
        "\"" + new string(name.Select(c => c < 128 && c != '"' ? c : '_').ToArray()) + "\"";
}
