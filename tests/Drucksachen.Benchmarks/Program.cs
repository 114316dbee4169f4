using BenchmarkDotNet.Running;

// Run one benchmark class by filter, e.g.
//   dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*Pdf*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
