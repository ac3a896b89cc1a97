using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// HotChocolate's <c>Date</c> scalar for <see cref="DateOnly"/>: a JSON string holding an ISO 8601 calendar
/// date <c>YYYY-MM-DD</c> (RFC 3339 <c>full-date</c>, section 5.6), e.g. <c>2021-04-12</c>; the description
/// says so, for clients and code generators.
/// </summary>
public sealed class DateType : DateOnlyGraphType
{
    /// <summary>Names the scalar <c>Date</c> and describes its wire format.</summary>
    public DateType()
    {
        Name = "Date";
        Description = "An ISO 8601 calendar date without time, `YYYY-MM-DD` (RFC 3339 `full-date`), as a JSON string, e.g. `2021-04-12`.";
    }
}

/// <summary>
/// HotChocolate's <c>DateTime</c> scalar for <see cref="DateTimeOffset"/>: a JSON string holding an ISO 8601
/// date and time with offset (RFC 3339 <c>date-time</c>, section 5.6). Written as System.Text.Json writes a
/// <see cref="DateTimeOffset"/>: seconds with up to seven fractional digits when not zero, the offset as
/// <c>+00:00</c> (the API's times are UTC), e.g. <c>2021-06-01T12:00:00+00:00</c>. An input with another offset
/// is read as the same instant in UTC (<c>2021-06-01T14:00:00+02:00</c> is <c>12:00 UTC</c>): PostgreSQL's
/// <c>timestamp with time zone</c> holds instants, and Npgsql writes only UTC values.
/// </summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    /// <summary>Names the scalar <c>DateTime</c> and describes its wire format.</summary>
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An ISO 8601 date and time with offset (RFC 3339 `date-time`), as a JSON string, e.g. `2021-06-01T12:00:00+00:00` "
            + "or with fractional seconds `2021-06-01T12:00:00.123456+00:00`.";
    }

    /// <inheritdoc />
    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) => ToUtc(base.ParseLiteral(value));

    /// <inheritdoc />
    public override object? ParseValue(object? value) => ToUtc(base.ParseValue(value));

    private static object? ToUtc(object? value) => value is DateTimeOffset time ? time.ToUniversalTime() : value;
}

/// <summary>
/// HotChocolate's <c>Decimal</c> scalar for <see cref="decimal"/> (GraphQL.NET's <see cref="DecimalGraphType"/>
/// with a description): written as a JSON number with the value's own scale (a <c>numeric(14,2)</c> cost as
/// <c>1250.50</c>), read from a number literal or JSON number. Used instead of <see cref="DecimalGraphType"/>
/// wherever a field or filter is a decimal.
/// </summary>
public sealed class DecimalType : DecimalGraphType
{
    /// <summary>Names the scalar <c>Decimal</c> and describes its wire format.</summary>
    public DecimalType()
    {
        Name = "Decimal";
        Description = "A decimal number, sent and received as a JSON number (not a string), e.g. `1250.50`. "
            + "Amounts in this API have at most 14 significant digits, so a JavaScript number (an IEEE 754 double, 15 significant digits) reads and prints them unchanged.";
    }
}
