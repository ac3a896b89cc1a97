using System.Text;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// Parses a Pabulib <c>.pb</c> file (https://pabulib.org/format) into a <see cref="PabulibFile"/>,
/// reading one record at a time (the VOTES section, by far the largest, is not kept in memory).
/// </summary>
/// <remarks>
/// <para>Layout, after the format page: a <c>META</c> title line, the header <c>key;value</c> and
/// key/value rows; a <c>PROJECTS</c> title line, a header naming the columns (they vary per file) and
/// one row per project; optionally a <c>VOTES</c> title line, a header and one row per voter. Fields
/// are separated by <c>;</c> and quoted per RFC 4180 (see <see cref="SemicolonRecordReader"/>). Numbers
/// are culture-invariant: <c>.</c> is the decimal point, no thousands separators. Blank lines are skipped;
/// section titles and column names are case-insensitive.</para>
/// <para>Rejected with <see cref="PabulibFormatException"/> (file, line, reason): a file that does not
/// start with META; a missing PROJECTS section; a second META or PROJECTS section; a META header other
/// than <c>key;value</c>, a META row without exactly two fields or with a repeated key; a META section
/// without <c>country</c>, <c>unit</c> or <c>instance</c> (needed to identify the round); a PROJECTS
/// header without <c>project_id</c>, <c>cost</c> and <c>name</c>, or with an empty or repeated column;
/// a project row whose field count differs from the header's; an empty or repeated <c>project_id</c>;
/// a <c>cost</c> that is not a non-negative number; <c>votes</c> that is not a non-negative whole number;
/// <c>selected</c> other than 0, 1 or 2; an unterminated quote anywhere. VOTES rows are only checked for
/// quoting; a file without a VOTES section is accepted.</para>
/// </remarks>
public static class PabulibParser
{
    /// <summary>Columns every PROJECTS header must have.</summary>
    public static readonly IReadOnlyList<string> RequiredProjectColumns = ["project_id", "cost", "name"];

    /// <summary>META keys every file must have, non-empty.</summary>
    public static readonly IReadOnlyList<string> RequiredMetaKeys = ["country", "unit", "instance"];

    /// <summary>Largest accepted cost (the <c>cost_estimate</c> column holds 12 integer digits).</summary>
    public const decimal MaxCost = 999_999_999_999.99m;

    /// <summary>Reads and parses the UTF-8 file at <paramref name="path"/>.</summary>
    /// <exception cref="PabulibFormatException">The file is malformed (see the remarks of <see cref="PabulibParser"/>).</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    public static async Task<PabulibFile> ParseFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return await ParseAsync(reader, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Parses a file's text from <paramref name="reader"/>; <paramref name="fileName"/> names it in error messages.</summary>
    /// <exception cref="PabulibFormatException">The text is malformed (see the remarks of <see cref="PabulibParser"/>).</exception>
    public static async Task<PabulibFile> ParseAsync(TextReader reader, string fileName, CancellationToken cancellationToken = default)
    {
        var records = new SemicolonRecordReader(reader, fileName);
        var state = new PabulibParseState(fileName);
        while (await records.ReadAsync(cancellationToken) is { } record)
        {
            if (record.IsBlank) continue;
            if (PabulibParseState.SectionTitle(record) is { } section) state.StartSection(section, record.LineNumber);
            else state.Accept(record);
        }

        return state.Finish(records.LineNumber);
    }
}
