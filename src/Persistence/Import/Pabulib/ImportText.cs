using System.Globalization;
using System.Text;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>Small text helpers for imported content: one-line titles, length caps, Dutch amounts.</summary>
internal static class ImportText
{
    private static readonly NumberFormatInfo DutchNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    /// <summary>Trims <paramref name="text"/> and collapses every run of whitespace (line breaks included) to one space.</summary>
    public static string SingleLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> characters (never inside a
    /// surrogate pair), trailing whitespace removed.
    /// </summary>
    public static string Cap(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut].TrimEnd();
    }

    /// <summary>An amount written the Dutch way: "250.000" or "1.234,50".</summary>
    public static string DutchAmount(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "N0" : "N2", DutchNumbers);
}
