using Dialoogtafels.Api.GraphQL.Statistics;
using Dialoogtafels.Domain.Ideas;

namespace Dialoogtafels.Api.GraphQL.Ideas;

/// <summary>GraphQL type <c>IdeaCharacteristicTerm</c>: a term of <c>ideaCharacteristicTerms</c>, with example ideas.</summary>
public sealed class IdeaCharacteristicTermType() : CharacteristicTermType<Idea, IdeaType>("IdeaCharacteristicTerm", "ideas");
