using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>
/// Mutations <c>linkIdeaToStory</c> and <c>unlinkIdeaFromStory</c>: record that an idea answers a story,
/// or remove that (<see cref="IdeaStoryLinks.AnsweredStories"/>, written by <see cref="LinkWriter"/>).
/// </summary>
public sealed class IdeaStoryMutations : IMutationFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "linkIdeaToStory", "LinkIdeaToStoryInput", link: true, "Records that an idea answers a story. Not part of the draft: on a published idea the public sees the link at once "
            + "(no review; a new public `version`), so it requires PUBLISHER.");
        Add(mutation, "unlinkIdeaFromStory", "UnlinkIdeaFromStoryInput", link: false, "Removes the link between an idea and a story. Not part of the draft: on a published idea it is gone for the public at once, "
            + "so it requires PUBLISHER.");
    }

    private static void Add(ObjectGraphType mutation, string name, string inputName, bool link, string description)
    {
        var id = new NonNullGraphType(new GraphQLTypeReference("ID"));
        var input = new InputObjectGraphType { Name = inputName, Description = "An idea and a story it answers." };
        input.Field("ideaId", id).Description("The global id of the idea.");
        input.Field("storyId", id).Description("The global id of the story.");
        ContentMutations.Mutation(mutation, name, input, "idea", new GraphQLTypeReference(IdeaFeature.TypeName), description,
            (context, values, _) => context.Service<LinkWriter>().SetAsync(IdeaStoryLinks.AnsweredStories,
                (string)values["ideaId"]!, null, [(string)values["storyId"]!], link, context.CancellationToken));
    }
}
