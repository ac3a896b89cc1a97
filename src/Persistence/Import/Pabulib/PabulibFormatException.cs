namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// A Pabulib <c>.pb</c> file that cannot be imported: the whole file is rejected and nothing of it
/// is written. The message has the form <c>"{file}:{line}: {reason}"</c>, e.g.
/// <c>"Netherlands_X.pb:17: project 12 has cost 'abc', which is not a number"</c>.
/// </summary>
/// <remarks>
/// Thrown by <see cref="PabulibParser"/> for violations of the format (https://pabulib.org/format):
/// a missing <c>META</c> or <c>PROJECTS</c> section, a missing required column, a row with the wrong
/// number of fields, a non-numeric cost or vote count, a duplicate <c>project_id</c>, an unterminated
/// quote; and by <see cref="PabulibImporter"/> for the few META values the import needs.
/// </remarks>
public sealed class PabulibFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="reason"/> at line <paramref name="lineNumber"/> of <paramref name="fileName"/>.</summary>
    /// <param name="fileName">File name without directory, e.g. <c>Netherlands_Amsterdam_166.pb</c>.</param>
    /// <param name="lineNumber">1-based line number the problem was found on (the first line of a multi-line record).</param>
    /// <param name="reason">What is wrong, in English, without the file and line prefix.</param>
    public PabulibFormatException(string fileName, int lineNumber, string reason)
        : base($"{fileName}:{lineNumber}: {reason}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>File name without directory.</summary>
    public string FileName { get; }

    /// <summary>1-based line number of the problem.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the file and line prefix.</summary>
    public string Reason { get; }
}
