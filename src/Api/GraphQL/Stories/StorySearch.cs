using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>Stories are searchable on title and body (the columns of their <c>search_vector</c>).</summary>
public sealed class StorySearch : SearchDefinition<Story>
{
    public override Expression<Func<Story, string>> Document => story => story.Title + " " + (story.Body ?? "");
}
