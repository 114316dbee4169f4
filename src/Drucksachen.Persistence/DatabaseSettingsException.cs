namespace Drucksachen.Persistence;

/// <summary>The database settings name no usable database; the message says which setting and why.</summary>
public sealed class DatabaseSettingsException(string message) : Exception(message);
