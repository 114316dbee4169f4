using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The databases the benchmarks run on: a SQLite file in a folder, or a PostgreSQL database of
/// their own on the server that <see cref="Variable"/> names. Without the variable the benchmarks
/// run on SQLite alone and say so; with it, on both, side by side in one run.
/// </summary>
public static class BenchmarkDatabases
{
    /// <summary>
    /// A connection string of a role that may create databases, on a server with fsync on: the
    /// figures of durable actions are only honest there (the tests' throwaway cluster runs without).
    /// </summary>
    public const string Variable = "DRUCKSACHEN_BENCH_POSTGRES";

    private static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    /// <summary>SQLite, and PostgreSQL if <see cref="Variable"/> is set.</summary>
    public static IEnumerable<string> Providers()
    {
        yield return DatabaseProviders.Sqlite;
        if (Server is not null) yield return DatabaseProviders.PostgreSql;
        else Console.WriteLine($"// {Variable} is not set: PostgreSQL is not measured");
    }

    /// <summary>A new database without schema: a file <paramref name="name"/>.db in <paramref name="folder"/>, or a PostgreSQL database of that name.</summary>
    public static DatabaseSettings Create(string provider, string folder, string name)
    {
        if (provider == DatabaseProviders.Sqlite)
            return new DatabaseSettings(provider, new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, name + ".db") }.ToString());
        Drop(name);
        // UTF-8 with a UTF-8 character type, which the search needs (see the PostgreSQL migrations).
        ExecuteOnServer($"""CREATE DATABASE "{name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'""");
        return new DatabaseSettings(provider, PostgreSql(name));
    }

    /// <summary>The connection string of the PostgreSQL database <paramref name="name"/> on the benchmark server.</summary>
    public static string PostgreSql(string name) =>
        new NpgsqlConnectionStringBuilder(Server ?? throw new InvalidOperationException($"{Variable} is not set")) { Database = name }.ConnectionString;

    public static bool PostgreSqlExists(string name)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The PostgreSQL databases whose names begin with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> PostgreSqlDatabases(string prefix)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>A copy of the PostgreSQL database <paramref name="from"/> (which nobody may be connected to) named <paramref name="to"/>.</summary>
    public static void Copy(string from, string to) => ExecuteOnServer($"""CREATE DATABASE "{to}" TEMPLATE "{from}" """);

    public static void Rename(string from, string to) => ExecuteOnServer($"""ALTER DATABASE "{from}" RENAME TO "{to}" """);

    public static void Drop(string name)
    {
        if (Server is not null) ExecuteOnServer($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
    }

    /// <summary>Closes the connections the pools keep, as a process that ends would.</summary>
    public static void ReleaseConnections(DatabaseSettings settings)
    {
        // All pools: the product adds settings to the connection string, which makes pools of their own.
        if (settings.Provider == DatabaseProviders.Sqlite) SqliteConnection.ClearAllPools();
        else NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Removes a database that <see cref="Create"/> made (a SQLite file goes with its folder).</summary>
    public static void Remove(DatabaseSettings settings)
    {
        ReleaseConnections(settings);
        if (settings.Provider == DatabaseProviders.PostgreSql) Drop(new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database!);
    }

    // On the server's own database, outside any pool: CREATE and DROP DATABASE run outside transactions.
    private static void ExecuteOnServer(string sql)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection OpenServer()
    {
        var server = new NpgsqlConnectionStringBuilder(Server ?? throw new InvalidOperationException($"{Variable} is not set")) { Pooling = false };
        server.Database ??= "postgres";
        var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        return connection;
    }
}
