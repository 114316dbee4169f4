using System.Reflection;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// PDFsharp creates its dictionary objects through ConstructorInfo.Invoke. The runtime caches constructors (and the
/// invoke stubs it emits for them) only weakly, so under the allocation of rendering they are collected and
/// re-emitted again and again, and the finalizer thread spends as much time cleaning up dynamic methods as the
/// renderer spends rendering. Holding the constructors keeps those caches alive for the life of the process.
/// </summary>
internal static class ReflectionCacheAnchor
{
    private static readonly ConstructorInfo[][] Constructors = Load();

    public static int Count => Constructors.Length;

    private static ConstructorInfo[][] Load()
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        return [.. typeof(PdfDocument).Assembly.GetTypes()
            .Where(t => typeof(PdfObject).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.GetConstructors(flags))];
    }
}
