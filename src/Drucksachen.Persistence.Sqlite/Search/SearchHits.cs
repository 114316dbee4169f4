using System.Data.Common;
using System.Text;
using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Search;

/// <summary>
/// The search keys of the papers whose number, title or text match a search text (see the
/// PaperSearchKeys, SearchInListOrder and PublicSearch migrations), read from the full-text indexes
/// once (for a viewer who may see public papers only, from the indexes of those alone), and
/// the papers they stand for, found in the way that costs least for their number: few hits are
/// looked up by key and sorted; for many, the list order index is walked and each key tested
/// against a string of bytes, one per key, 1 for a hit. That test needs no table, and the walk
/// stops once it has counted past the limit, where looking up every hit would have to find and
/// sort all of them.
/// </summary>
internal sealed class SearchHits
{
    private readonly string? _keys;
    private readonly byte[]? _marks;

    private SearchHits(string? keys, byte[]? marks) => (_keys, _marks) = (keys, marks);

    /// <summary>The papers hit, as a query to filter and order further.</summary>
    public IQueryable<Paper> Papers(DrucksachenDbContext db) => _marks is null
        ? db.Papers.FromSql($"""SELECT * FROM "Papers" WHERE "SearchKey" IN (SELECT "value" FROM json_each({_keys}))""")
        : db.Papers.FromSql($"""SELECT * FROM "Papers" WHERE substr({_marks}, "SearchKey" + 1, 1) = x'01'""");

    /// <summary>
    /// The hits of <paramref name="text"/>, to be counted up to <paramref name="countLimit"/>; null
    /// for none. With <paramref name="publicOnly"/>, only released public papers' hits, read from
    /// indexes that hold nothing else: the statement then reads no data of any other paper, so its
    /// work does not depend on what they hold. The hits come as one comma-separated text, not a row
    /// each: passing 100,000 rows to .NET one by one took longer than the full-text match itself.
    /// Runs on the context's connection, which the caller has opened in its read snapshot.
    /// </summary>
    public static async Task<SearchHits?> ReadAsync(DrucksachenDbContext db, SearchText text, bool publicOnly, int countLimit, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var (titles, words) = publicOnly ? ("PublicPaperTitles", "PublicPaperWords") : ("PaperTitles", "PaperWords");
        // Numbers and titles are in the word index too; the trigram index adds any part of them.
        var hits = text.IsShort
            ? $"""SELECT "rowid" AS "Key" FROM "{words}" WHERE "{words}" MATCH @words"""
            : $"""
              SELECT "rowid" AS "Key" FROM "{titles}" WHERE "{titles}" MATCH @phrase
              UNION ALL SELECT "rowid" FROM "{words}" WHERE "{words}" MATCH @words
              """;
        command.CommandText = $"""SELECT CAST(group_concat("Key") AS BLOB), max("Key") FROM ({hits})""";
        AddParameter(command, "@words", text.Words);
        if (!text.IsShort) AddParameter(command, "@phrase", text.Phrase);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.IsDBNull(0)) return null;

        var list = reader.GetFieldValue<byte[]>(0);
        var lastKey = reader.GetInt64(1);
        // A paper found in both indexes counts twice here; for a guess at the cost that is close enough.
        var count = list.AsSpan().Count((byte)',') + 1;
        // Looking a hit up and sorting it costs about ten times as much as testing a paper on the
        // walk (3 µs against 0.3 µs). Keys are given in the order papers are made, which is close
        // to the list's, so the walk passes about limit × last key / hits papers up to the last hit.
        var walked = Math.Min(lastKey, (countLimit + 1L) * lastKey / count);
        return count * 10L <= walked
            ? new SearchHits("[" + Encoding.ASCII.GetString(list) + "]", null)
            : new SearchHits(null, Marks(list, lastKey));
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // One byte per key up to the last hit, as substr() reads it (a key past the end reads as no
    // byte): 1 for each key in the list.
    private static byte[] Marks(ReadOnlySpan<byte> list, long lastKey)
    {
        var marks = new byte[lastKey + 1];
        long key = 0;
        foreach (var c in list)
        {
            if (c == ',')
            {
                marks[key] = 1;
                key = 0;
            }
            else key = key * 10 + (c - '0');
        }
        marks[key] = 1;
        return marks;
    }
}
