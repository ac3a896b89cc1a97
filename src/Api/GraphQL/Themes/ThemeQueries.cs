using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>Root field <c>themes</c>.</summary>
public sealed class ThemeQueries(ConnectionTypes connections) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Connection(connections, "themes", db => db.Themes)
            .Description("All themes, top and nested; follow `parent` and `children` for the hierarchy.");
}
