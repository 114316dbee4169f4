using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Persistence.Sqlite.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Accounts;

/// <summary>
/// Looks a user up with one prepared statement (the account and its role names) on a connection of
/// the paper sessions' pool (<see cref="PaperSessions"/>), where an EF context would open a
/// connection and compile two queries: every workflow action and every request asks who acts, and
/// that cost more than the action's own reads and writes. Every lookup still reads the database, so
/// a role taken away counts from the next request on. The list of all accounts, which only
/// administrators ask for, is <see cref="EfUserDirectory"/>'s.
/// </summary>
internal sealed class SqliteUserDirectory : IUserDirectory
{
    private readonly PaperSessions _sessions;
    private readonly EfUserDirectory _accounts;
    private readonly TableMap _users;
    private readonly string _select;

    public SqliteUserDirectory(IDbContextFactory<DrucksachenDbContext> contexts, PaperSessions sessions, EfUserDirectory accounts)
    {
        _sessions = sessions;
        _accounts = accounts;
        using var db = contexts.CreateDbContext();
        _users = new TableMap(db.Model.FindEntityType(typeof(DrucksachenUser))!);
        var userRoles = new TableMap(db.Model.FindEntityType(typeof(IdentityUserRole<string>))!);
        var roles = new TableMap(db.Model.FindEntityType(typeof(IdentityRole))!);
        // Outer joins: an account without roles is still found.
        _select = $"""
            SELECT {_users.Select("u")}, "r".{roles.Column(nameof(IdentityRole.Name))}
            FROM {_users.Table} AS "u"
            LEFT JOIN {userRoles.Table} AS "ur" ON "ur".{userRoles.Column(nameof(IdentityUserRole<string>.UserId))} = "u".{_users.Column(nameof(DrucksachenUser.Id))}
            LEFT JOIN {roles.Table} AS "r" ON "r".{roles.Column(nameof(IdentityRole.Id))} = "ur".{userRoles.Column(nameof(IdentityUserRole<string>.RoleId))}
            WHERE "u".{_users.Column(nameof(DrucksachenUser.NormalizedUserName))} = @name
            """;
    }

    public async Task<UserProfile?> FindAsync(string id, CancellationToken ct)
    {
        var connection = _sessions.Rent();
        try
        {
            var command = connection.Command(_select);
            _users.AddParameter(command, nameof(DrucksachenUser.NormalizedUserName), "@name", EfUserDirectory.Normalize(id));
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return null;
            var user = (DrucksachenUser)_users.Read(reader, 0);
            var roles = new List<string>(1);
            do
            {
                if (!reader.IsDBNull(_users.Count)) roles.Add(reader.GetString(_users.Count));
            }
            while (await reader.ReadAsync(ct));
            return user.Profile(roles);
        }
        finally
        {
            _sessions.Return(connection);
        }
    }

    public Task<IReadOnlyList<UserProfile>> ListAsync(CancellationToken ct) => _accounts.ListAsync(ct);
}
