using System.Runtime.CompilerServices;

// The benchmarks measure what synchronous=FULL costs against NORMAL (SqlitePragmas.Synchronous).
[assembly: InternalsVisibleTo("Drucksachen.Benchmarks")]
