using System.Globalization;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// The state of <see cref="PabulibParser"/> while it reads one file: which section it is in and what
/// has been read so far; checks each record against that section (rules: see <see cref="PabulibParser"/>).
/// </summary>
internal sealed class PabulibParseState(string fileName)
{
    /// <summary>The section a one-field record such as <c>PROJECTS</c> opens, or null for any other record.</summary>
    public static Section? SectionTitle(SemicolonRecord record) =>
        record.Fields.Length != 1 ? null : record.Fields[0].ToUpperInvariant() switch
        {
            "META" => Section.Meta,
            "PROJECTS" => Section.Projects,
            "VOTES" => Section.Votes,
            _ => null,
        };

    /// <summary>The sections of a <c>.pb</c> file, in their required order.</summary>
    public enum Section
    {
        None,
        Meta,
        Projects,
        Votes,
    }

    private readonly Dictionary<string, string> meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> metaLines = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PabulibProject> projects = [];
    private readonly Dictionary<string, int> projectLines = new(StringComparer.Ordinal);
    private Section section = Section.None;
    private bool expectHeader;
    private int metaTitleLine;
    private bool sawProjects;
    private string[] columns = [];
    private int voteCount;

    public void StartSection(Section next, int line)
    {
        if (section != Section.None && expectHeader) throw Error(line, $"the {Title(section)} section has no header line");
        switch (next)
        {
            case Section.Meta when section != Section.None:
                throw Error(line, "a second META section; META must come first and only once");
            case Section.Meta:
                metaTitleLine = line;
                break;
            case Section.Projects when section == Section.None:
                throw Error(line, "missing META section: the file must start with META");
            case Section.Projects when sawProjects:
                throw Error(line, "a second PROJECTS section");
            case Section.Projects:
                CheckMetaComplete();
                sawProjects = true;
                break;
            case Section.Votes when section == Section.None:
                throw Error(line, "missing META section: the file must start with META");
            case Section.Votes when !sawProjects:
                throw Error(line, "missing PROJECTS section: VOTES found before any PROJECTS");
            case Section.Votes when section == Section.Votes:
                throw Error(line, "a second VOTES section");
        }

        section = next;
        expectHeader = true;
    }

    public void Accept(SemicolonRecord record)
    {
        if (section == Section.None)
            throw Error(record.LineNumber, $"missing META section: the file starts with '{Shorten(string.Join(';', record.Fields))}' instead of META");
        if (expectHeader)
        {
            expectHeader = false;
            if (section == Section.Meta) CheckMetaHeader(record);
            else if (section == Section.Projects) ReadProjectHeader(record);
            return;
        }

        switch (section)
        {
            case Section.Meta:
                ReadMetaRow(record);
                break;
            case Section.Projects:
                ReadProjectRow(record);
                break;
            default:
                voteCount++;
                break;
        }
    }

    public PabulibFile Finish(int lastLine)
    {
        if (section == Section.None) throw Error(Math.Max(lastLine, 1), "missing META section: the file is empty");
        if (!sawProjects) throw Error(Math.Max(lastLine, 1), "missing PROJECTS section");
        if (expectHeader) throw Error(lastLine, $"the {Title(section)} section has no header line");
        return new PabulibFile(fileName, meta, metaLines, columns, projects, voteCount);
    }

    private void CheckMetaHeader(SemicolonRecord record)
    {
        if (record.Fields is not [var key, var value]
            || !key.Equals("key", StringComparison.OrdinalIgnoreCase)
            || !value.Equals("value", StringComparison.OrdinalIgnoreCase))
            throw Error(record.LineNumber, $"the META header must be 'key;value', found '{Shorten(string.Join(';', record.Fields))}'");
    }

    private void ReadMetaRow(SemicolonRecord record)
    {
        if (record.Fields.Length != 2)
            throw Error(record.LineNumber, $"META row has {record.Fields.Length} fields, expected 2 (key;value)");
        var key = record.Fields[0].Trim();
        if (key.Length == 0) throw Error(record.LineNumber, "META row has an empty key");
        if (metaLines.TryGetValue(key, out var first))
            throw Error(record.LineNumber, $"META key '{key}' appears twice (first on line {first})");
        meta[key] = record.Fields[1].Trim();
        metaLines[key] = record.LineNumber;
    }

    private void CheckMetaComplete()
    {
        foreach (var key in PabulibParser.RequiredMetaKeys)
        {
            if (!meta.TryGetValue(key, out var value) || value.Length == 0)
                throw Error(metaTitleLine, $"META has no '{key}' (required: {string.Join(", ", PabulibParser.RequiredMetaKeys)})");
        }
    }

    private void ReadProjectHeader(SemicolonRecord record)
    {
        var names = record.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0) throw Error(record.LineNumber, "the PROJECTS header has an empty column name");
            if (!seen.Add(name)) throw Error(record.LineNumber, $"the PROJECTS header names column '{name}' twice");
        }

        var missing = PabulibParser.RequiredProjectColumns.Where(c => !seen.Contains(c)).ToList();
        if (missing.Count > 0)
            throw Error(record.LineNumber,
                $"the PROJECTS header lacks required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        columns = names;
    }

    private void ReadProjectRow(SemicolonRecord record)
    {
        var line = record.LineNumber;
        var idIndex = Array.IndexOf(columns, "project_id");
        var label = idIndex < record.Fields.Length && record.Fields[idIndex].Trim() is { Length: > 0 } maybeId
            ? $"project {Shorten(maybeId)}"
            : "project row";
        if (record.Fields.Length != columns.Length)
            throw Error(line, $"{label} has {record.Fields.Length} fields, but the PROJECTS header has {columns.Length} (check the quoting)");

        var fields = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++) fields[columns[i]] = record.Fields[i];

        var id = fields["project_id"].Trim();
        if (id.Length == 0) throw Error(line, "project row has an empty project_id");
        if (!projectLines.TryAdd(id, line))
            throw Error(line, $"duplicate project_id '{Shorten(id)}' (first on line {projectLines[id]})");

        projects.Add(new PabulibProject(
            line,
            id,
            ParseCost(fields["cost"].Trim(), label, line),
            fields.TryGetValue("votes", out var votes) ? ParseVotes(votes.Trim(), label, line) : null,
            fields["name"].Trim(),
            fields.TryGetValue("selected", out var selected) ? ParseSelected(selected.Trim(), label, line) : null,
            fields));
    }

    private decimal ParseCost(string text, string label, int line)
    {
        const NumberStyles styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent;
        if (!decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var cost))
        {
            // A number beyond decimal's range (e.g. 1e40, or 1e5000 beyond double's) is a number, just not one we can hold.
            var tooLarge = double.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && text.Any(char.IsAsciiDigit);
            throw Error(line, $"{label} has cost '{Shorten(text)}', which is {(tooLarge ? (value < 0 ? "negative" : "too large") : "not a number")}");
        }

        if (cost < 0) throw Error(line, $"{label} has cost '{Shorten(text)}', which is negative");
        if (cost > PabulibParser.MaxCost) throw Error(line, $"{label} has cost '{Shorten(text)}', which is too large");
        return cost;
    }

    private int? ParseVotes(string text, string label, int line)
    {
        if (text.Length == 0) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var votes))
            throw Error(line, text.All(char.IsAsciiDigit)
                ? $"{label} has votes '{Shorten(text)}', which is too large"
                : $"{label} has votes '{Shorten(text)}', which is not a non-negative whole number");
        return votes;
    }

    private int? ParseSelected(string text, string label, int line) => text switch
    {
        "" => null,
        "0" => 0,
        "1" => 1,
        "2" => 2,
        _ => throw Error(line, $"{label} has selected '{Shorten(text)}', which is not 0, 1 or 2"),
    };

    private PabulibFormatException Error(int line, string reason) => new(fileName, line, reason);

    private static string Title(Section s) => s.ToString().ToUpperInvariant();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
