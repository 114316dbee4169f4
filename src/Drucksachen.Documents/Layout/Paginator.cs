namespace Drucksachen.Documents.Layout;

/// <summary>
/// Places flow blocks on pages. Paragraphs split between lines but never leave a single line behind or carry one
/// over (no orphans, no widows); headings move to the next page with the start of their text; tables split between
/// rows, or inside a row too tall for the rest of the page, and repeat their header rows on every new page.
/// </summary>
internal sealed class Paginator(PageGeometry geometry)
{
    private const int MinLinesAtBreak = 2;

    private readonly List<LaidOutPage> _pages = [];
    private readonly List<OutlineEntry> _outline = [];
    private LaidOutPage _page = null!;
    private double _y;
    private bool _atTop;

    private double Bottom => geometry.ContentBottom;

    public LaidOutDocument Paginate(IReadOnlyList<FlowBlock> blocks, StructureElement? structure = null)
    {
        NewPage();
        var pendingSpace = 0.0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is PageBreakBlock)
            {
                if (!_atTop)
                    NewPage();
                pendingSpace = 0;
                continue;
            }
            var gap = _atTop ? 0 : Math.Max(pendingSpace, block.SpaceBefore);
            if (block.KeepWithNext && !_atTop && _y + gap + MinHeight(block, whole: true) + NextStart(blocks, i) > Bottom)
            {
                NewPage();
                gap = 0;
            }
            _y += gap;
            switch (block)
            {
                case LineBlock lines:
                    Place(lines, Follower(blocks, i));
                    break;
                case TableBlock table:
                    Place(table);
                    break;
                case BoxBlock box:
                    Place(box);
                    break;
            }
            pendingSpace = block.SpaceAfter;
        }
        return new LaidOutDocument(geometry, _pages, _outline, structure ?? new StructureElement(StructureType.Document, null));
    }

    /// <summary>Room the next block needs below this one when it must not start a page on its own.</summary>
    private static double Follower(IReadOnlyList<FlowBlock> blocks, int index) =>
        index + 1 < blocks.Count && blocks[index + 1] is { KeepWithPrevious: true } next
            ? Math.Max(blocks[index].SpaceAfter, next.SpaceBefore) + MinHeight(next, whole: true)
            : 0;

    private double NextStart(IReadOnlyList<FlowBlock> blocks, int index)
    {
        var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
        if (next is null or PageBreakBlock)
            return 0;
        // A short block cannot give lines to what must follow it (the signature), so that comes along too.
        var follower = next is LineBlock { Lines.Count: < 2 * MinLinesAtBreak } ? Follower(blocks, index + 1) : 0;
        return Math.Max(blocks[index].SpaceAfter, next.SpaceBefore) + MinHeight(next, whole: false) + follower;
    }

    /// <summary>Height the block needs at least on the page it starts on.</summary>
    private static double MinHeight(FlowBlock block, bool whole) => block switch
    {
        LineBlock lines when whole || lines.KeepTogether || lines.Lines.Count < 2 * MinLinesAtBreak => lines.Lines.Sum(l => l.Height),
        LineBlock lines => lines.Lines.Take(MinLinesAtBreak).Sum(l => l.Height),
        TableBlock table => table.HeaderRows.Sum(r => r.Height) + table.Rows.Take(1).Sum(r => r.Height),
        BoxBlock box => box.Height,
        _ => 0,
    };

    private void NewPage()
    {
        _page = new LaidOutPage();
        _pages.Add(_page);
        _y = geometry.Top;
        _atTop = true;
    }

    private void Place(BoxBlock box)
    {
        if (!_atTop && _y + box.Height > Bottom)
            NewPage();
        foreach (var item in box.Items)
            _page.Items.Add(item.Offset(geometry.Left, _y));
        _y += box.Height;
        _atTop = false;
    }

    private void Place(LineBlock block, double follower)
    {
        var lines = block.Lines;
        var index = 0;
        while (index < lines.Count)
        {
            var remaining = lines.Count - index;
            var fit = Fitting(lines, index, Bottom - _y);
            // The rest fits but what must follow it does not: break as if the last line did not fit, so that the
            // widow rule carries lines over to the follower's page.
            if (fit == remaining && follower > 0 && _y + lines.Skip(index).Sum(l => l.Height) + follower > Bottom + 0.01)
                fit = remaining - 1;
            var take = remaining;
            if (fit < remaining)
            {
                take = Math.Min(fit, remaining - MinLinesAtBreak);
                var splittable = !block.KeepTogether && take >= MinLinesAtBreak;
                if (!splittable)
                {
                    if (!_atTop)
                    {
                        NewPage();
                        continue;
                    }
                    // Taller than a whole page: split where it has to.
                    take = Math.Max(1, fit);
                }
            }
            if (index == 0 && block.Outline is { } outline)
                _outline.Add(new OutlineEntry(outline.Level, outline.Title, _pages.Count - 1, _y));
            for (var i = index; i < index + take; i++)
                PlaceLine(lines[i], block.X);
            index += take;
            if (index < lines.Count)
                NewPage();
        }
    }

    private static int Fitting(List<LineBox> lines, int from, double room)
    {
        var count = 0;
        for (var i = from; i < lines.Count && room >= lines[i].Height - 0.01; i++)
        {
            room -= lines[i].Height;
            count++;
        }
        return count;
    }

    private void PlaceLine(LineBox line, double x)
    {
        foreach (var item in line.Items)
            _page.Items.Add(item.Offset(geometry.Left + x, _y));
        _y += line.Height;
        _atTop = false;
    }

    private void Place(TableBlock table)
    {
        var headerHeight = table.HeaderRows.Sum(r => r.Height);
        var first = table.Rows.Count > 0 ? table.Rows[0] : null;
        if (!_atTop && _y + headerHeight + Math.Min(first?.Height ?? 0, 3 * 14) > Bottom)
            NewPage();
        PlaceHeader(table, repeated: false);
        var bodyOnPage = false;
        var queue = new Queue<TableRowBox>(table.Rows);
        while (queue.TryDequeue(out var row))
        {
            if (_y + row.Height <= Bottom + 0.01)
            {
                PlaceRow(table, row);
                bodyOnPage = true;
                continue;
            }
            var freshRoom = Bottom - geometry.Top - headerHeight;
            var split = Split(row, Bottom - _y, force: row.Height > freshRoom);
            if (split is { } parts)
            {
                PlaceRow(table, parts.Head);
                row = parts.Tail;
            }
            else if (!bodyOnPage)
            {
                // Not even one line fits below the header on a fresh page: set the row overflowing rather than loop.
                PlaceRow(table, row);
                continue;
            }
            NewPage();
            bodyOnPage = false;
            PlaceHeader(table, repeated: true);
            var rest = queue.ToArray();
            queue.Clear();
            queue.Enqueue(row);
            foreach (var r in rest)
                queue.Enqueue(r);
        }
    }

    /// <summary>A header row repeated on a later page is page furniture: the structure holds it once.</summary>
    private void PlaceHeader(TableBlock table, bool repeated)
    {
        foreach (var header in table.HeaderRows)
            PlaceRow(table, header, repeated);
    }

    /// <summary>Splits a row so its first part fills <paramref name="room"/>; null if that would leave lone lines.</summary>
    private static (TableRowBox Head, TableRowBox Tail)? Split(TableRowBox row, double room, bool force)
    {
        var contentRoom = room - 2 * TableBlock.PaddingY;
        var heads = new List<List<LineBox>>();
        var tails = new List<List<LineBox>>();
        var anyTail = false;
        var lonely = false;
        foreach (var cell in row.Cells)
        {
            var fit = Fitting(cell, 0, contentRoom);
            heads.Add(cell.GetRange(0, fit));
            tails.Add(cell.GetRange(fit, cell.Count - fit));
            anyTail |= fit < cell.Count;
            lonely |= fit < cell.Count && (fit < MinLinesAtBreak || cell.Count - fit < MinLinesAtBreak);
        }
        if (!anyTail || heads.All(h => h.Count == 0) || lonely && !force)
            return null;
        return (new TableRowBox(heads, row.IsHeader), new TableRowBox(tails, row.IsHeader));
    }

    private void PlaceRow(TableBlock table, TableRowBox row, bool repeated = false)
    {
        var height = row.Height;
        var left = geometry.Left + table.X;
        var width = table.Width;
        if (row.IsHeader)
            _page.Items.Add(new FillItem(left, _y, width, height, Ink.HeaderFill));
        var x = left;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var lineY = _y + TableBlock.PaddingY;
            foreach (var line in row.Cells[c])
            {
                foreach (var item in line.Items)
                {
                    var placed = item.Offset(x + TableBlock.PaddingX, lineY);
                    _page.Items.Add(repeated ? placed with { Element = null } : placed);
                }
                lineY += line.Height;
            }
            _page.Items.Add(new RuleItem(x, _y, x, _y + height, 0.5, Ink.Rule));
            x += table.ColumnWidths[c];
        }
        _page.Items.Add(new RuleItem(x, _y, x, _y + height, 0.5, Ink.Rule));
        _page.Items.Add(new RuleItem(left, _y, left + width, _y, 0.5, Ink.Rule));
        _page.Items.Add(new RuleItem(left, _y + height, left + width, _y + height, 0.5, Ink.Rule));
        _y += height;
        _atTop = false;
    }
}
