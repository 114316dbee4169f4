using System.Runtime.CompilerServices;

// The benchmarks measure what synchronous=FULL costs against NORMAL (SqlitePragmas.Synchronous).
[assembly: InternalsVisibleTo("Drucksachen.Benchmarks")]
// The storage tests hold writers at the turn to form a group of commits (GroupCommit.Waiting).
[assembly: InternalsVisibleTo("Drucksachen.Persistence.Sqlite.Tests")]
