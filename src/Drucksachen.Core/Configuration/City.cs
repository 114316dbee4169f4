using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Configuration;

/// <summary>The validated, read-only view of <see cref="CityOptions"/> that the use cases work with.</summary>
public sealed class City
{
    private readonly Dictionary<string, BodyOptions> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PaperTypeOptions> _types = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserOptions> _users = new(StringComparer.OrdinalIgnoreCase);

    public City(CityOptions options)
    {
        Name = options.Name;
        try
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw Invalid("TimeZone", $"unknown time zone '{options.TimeZone}'");
        }

        foreach (var body in options.Bodies)
        {
            if (string.IsNullOrWhiteSpace(body.Key) || string.IsNullOrWhiteSpace(body.Name))
                throw Invalid("Bodies", "every body needs a Key and a Name");
            if (!_bodies.TryAdd(body.Key, body) || !_bodies.TryAdd(body.Name, body))
                throw Invalid("Bodies", $"body '{body.Key}' ({body.Name}) is configured twice");
            _ = new Numbers.NumberFormat(body.MeetingNumberFormatOrDefault);
        }
        Bodies = options.Bodies;

        foreach (var type in options.PaperTypes)
        {
            if (!_types.TryAdd(type.Name, type))
                throw Invalid("PaperTypes", $"paper type '{type.Name}' is configured twice");
            _ = new Numbers.NumberFormat(type.NumberFormat);
        }
        PaperTypes = options.PaperTypes;

        Offices = options.Offices;
        Places = options.Places;
        foreach (var user in options.Users)
        {
            if (!_users.TryAdd(user.Id, user))
                throw Invalid("Users", $"user '{user.Id}' is configured twice");
            if (user.Office is not null && !Offices.Contains(user.Office))
                throw Invalid("Users", $"user '{user.Id}' works in unknown office '{user.Office}'");
            if (user.Roles.FirstOrDefault(r => !Drucksachen.Core.Users.UserRoles.All.Contains(r)) is { } role)
                throw Invalid("Users", $"user '{user.Id}' has unknown role '{role}' (known: {string.Join(", ", Drucksachen.Core.Users.UserRoles.All)})");
            if (user.Bodies.FirstOrDefault(b => FindBody(b) is null) is { } body)
                throw Invalid("Users", $"user '{user.Id}' sits on unknown body '{body}'");
        }
        Users = options.Users;
    }

    public string Name { get; }
    public TimeZoneInfo TimeZone { get; }
    public IReadOnlyList<BodyOptions> Bodies { get; }
    public IReadOnlyList<string> Offices { get; }

    /// <summary>The configured meeting places.</summary>
    public IReadOnlyList<string> Places { get; }
    public IReadOnlyList<PaperTypeOptions> PaperTypes { get; }
    public IReadOnlyList<UserOptions> Users { get; }

    /// <summary>Finds a body by key or full name.</summary>
    /// <summary>The calendar day <paramref name="at"/> falls on in the city: meetings and deadlines are local days.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    public BodyOptions? FindBody(string keyOrName) => _bodies.GetValueOrDefault(keyOrName.Trim());

    public BodyOptions Body(string key) =>
        FindBody(key) ?? throw new DrucksachenException(ErrorKind.NotFound, $"unknown body '{key}'");

    public PaperTypeOptions? FindPaperType(string name) => _types.GetValueOrDefault(name.Trim());

    public PaperTypeOptions PaperType(string name) =>
        FindPaperType(name) ?? throw new DrucksachenException(ErrorKind.NotFound, $"unknown paper type '{name}'");

    /// <summary>
    /// The office as configured, found by its name in any case ("AMT FÜR BILDUNG" finds "Amt für
    /// Bildung"); store this spelling, since access and co-signing compare offices as stored.
    /// </summary>
    public string? FindOffice(string name) =>
        Offices.FirstOrDefault(office => string.Equals(office, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static InputException Invalid(string field, string reason) =>
        new("configuration", null, "City:" + field, reason);
}
