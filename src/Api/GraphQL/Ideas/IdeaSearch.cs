using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>Ideas are searchable on title and description (the columns of their <c>search_vector</c>).</summary>
public sealed class IdeaSearch : SearchDefinition<Idea>
{
    public override Expression<Func<Idea, string>> Document => idea => idea.Title + " " + (idea.Description ?? "");
}
