using System.Runtime.CompilerServices;
using Drucksachen.Testing;

namespace Drucksachen.Testing;

internal static class OnPostgreSql
{
    // Before any test of this assembly makes a database: all of them are made on PostgreSQL.
#pragma warning disable CA2255 // a test assembly's setting, not a library's
    [ModuleInitializer]
    internal static void Initialize() => TestDatabase.UsePostgreSql();
#pragma warning restore CA2255
}
