using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>A dimension as the schema offers it for <typeparamref name="T"/>: how PostgreSQL computes it and how its values are presented.</summary>
/// <param name="Name">The dimension.</param>
/// <param name="Dimension">The rows per item.</param>
/// <param name="NodeType">The GraphQL type of the entity behind a value (<c>Theme</c>, <c>Dialogue</c>, …); null for enum values.</param>
/// <param name="MultiValued">True when an item can have several values (themes, actors, participant groups), so values can co-occur.</param>
/// <param name="Labels">For enum dimensions: the Dutch label of each value by its GraphQL name
/// (e.g. <c>CONCERN</c> → "Knelpunt"); the "none" value's label is in <see cref="DimensionLabels"/>.</param>
public sealed record DimensionDefinition<T>(
    StatisticsDimension Name, Dimension<T> Dimension, string? NodeType, bool MultiValued, IReadOnlyDictionary<string, string>? Labels = null)
    where T : ContentEntity;
