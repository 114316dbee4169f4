namespace Drucksachen.Persistence.Sqlite.Tests;

/// <summary>Web application and command line agree on one database, wherever they are started.</summary>
public sealed class SqliteDatabaseFileTests
{
    [Fact]
    public void Without_a_connection_string_the_database_is_one_file_in_the_users_data_folder()
    {
        var location = DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.Sqlite, null));

        Assert.True(location.IsDefault);
        Assert.True(Path.IsPathRooted(location.Description));
        Assert.Equal(SqliteDatabaseFile.DefaultFile, location.Description);
        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Drucksachen", "drucksachen.db"), location.Description);
        Assert.True(Directory.Exists(Path.GetDirectoryName(location.Description)));
        Assert.Equal(location, DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.Sqlite, "  ")));
    }

    [Fact]
    public void A_configured_connection_string_wins_and_is_shown_as_a_full_path()
    {
        var location = DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.Sqlite, "Data Source=daten/rat.db"));

        Assert.False(location.IsDefault);
        Assert.Equal("Data Source=daten/rat.db", location.ConnectionString);
        Assert.Equal(Path.GetFullPath("daten/rat.db"), location.Description);
    }
}
