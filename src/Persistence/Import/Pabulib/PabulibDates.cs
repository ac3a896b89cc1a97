using System.Globalization;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// Reads the META <c>date_begin</c> / <c>date_end</c> values of a Pabulib file. The format page gives
/// <c>16.09.2023</c>; real files also hold a bare year (<c>2019</c>) or ISO dates. A bare year means
/// 1 January (begin) or 31 December (end), a year and month the first or last day of that month.
/// Anything else is treated as unknown (null), never as an error.
/// </summary>
internal static class PabulibDates
{
    private static readonly string[] DayFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd"];

    private static readonly string[] MonthFormats = ["yyyy-MM", "MM.yyyy", "M.yyyy", "MM-yyyy", "MM/yyyy"];

    /// <summary>The first day <paramref name="text"/> denotes, or null.</summary>
    public static DateOnly? Begin(string? text) => Parse(text, end: false);

    /// <summary>The last day <paramref name="text"/> denotes, or null.</summary>
    public static DateOnly? End(string? text) => Parse(text, end: true);

    private static DateOnly? Parse(string? text, bool end)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        var separator = value.IndexOfAny([' ', 'T']);
        if (separator > 0) value = value[..separator];

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999)
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        if (DateOnly.TryParseExact(value, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(value, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return end ? month.AddMonths(1).AddDays(-1) : month;
        return null;
    }
}
