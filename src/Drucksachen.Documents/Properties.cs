using System.Runtime.CompilerServices;

// Layout internals are asserted directly by the unit tests, without a PDF in between.
[assembly: InternalsVisibleTo("Drucksachen.Documents.Tests")]
