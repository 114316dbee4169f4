using Drucksachen.Persistence.PostgreSql.Tests.TestSupport;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Tests.Search;

/// <summary>
/// The search folds umlauts and finds words through the database's locale: in a database whose
/// character type is C, "Ä" would neither match "ä" nor count as a letter. Such a database is
/// refused when it is first migrated, with a message that says what to do, not searched wrongly.
/// </summary>
public sealed class SearchSchemaTests
{
    [Fact]
    public async Task ADatabaseWithoutUtf8Locale_IsRefused_SayingHowToCreateOne()
    {
        await using var database = await PostgreSqlTestDatabase.CreateEmptyAsync(ctype: "C");

        var refused = await Assert.ThrowsAsync<PostgresException>(
            () => DrucksachenDatabase.MigrateAsync(database.Contexts(), CancellationToken.None));

        Assert.Contains($"Die Datenbank {database.Name} braucht die Kodierung UTF8 und eine UTF-8-Locale", refused.MessageText);
        Assert.Contains("LC_CTYPE C.", refused.MessageText);
        Assert.Contains("LC_CTYPE 'de_DE.UTF-8'", refused.MessageText);
    }
}
