using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Stories;

namespace Dialoogtafels.Api.GraphQL.Stories;

/// <summary>GraphQL type <c>StoryCharacteristicTerm</c>: a term of <c>storyCharacteristicTerms</c>, with example stories.</summary>
public sealed class StoryCharacteristicTermType() : CharacteristicTermType<Story, StoryType>("StoryCharacteristicTerm", "stories");
