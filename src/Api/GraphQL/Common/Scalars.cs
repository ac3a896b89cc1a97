using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>HotChocolate's <c>Date</c> scalar: an ISO-8601 calendar date (<c>2021-04-12</c>) for <see cref="DateOnly"/>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "An ISO-8601 calendar date without time, e.g. 2021-04-12.";
    }
}

/// <summary>HotChocolate's <c>DateTime</c> scalar: an ISO-8601 date-time with offset, for <see cref="DateTimeOffset"/>.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An ISO-8601 date-time with offset, e.g. 2021-07-12T09:00:00.000Z.";
    }
}
