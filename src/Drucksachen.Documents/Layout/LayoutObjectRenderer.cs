using Markdig.Syntax;

namespace Drucksachen.Documents.Layout;

/// <summary>Base for a renderer of node type <typeparamref name="T"/>. Renderers hold no state: one instance serves all threads.</summary>
internal abstract class LayoutObjectRenderer<T> : ILayoutObjectRenderer where T : MarkdownObject
{
    public bool Accept(MarkdownObject node) => node is T;

    public void Write(LayoutRenderer renderer, MarkdownObject node) => Write(renderer, (T)node);

    protected abstract void Write(LayoutRenderer renderer, T node);
}
