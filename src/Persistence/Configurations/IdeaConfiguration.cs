using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    /// <summary>The key array of <see cref="Idea.Themes"/> (see <see cref="KeyArrays"/>).</summary>
    public const string ThemeIdsProperty = "ThemeIds";

    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(Idea.TitleMaxLength);
        builder.Property(x => x.CostEstimate).HasPrecision(Idea.CostEstimatePrecision, Idea.CostEstimateDecimals);
        builder.Property(x => x.ExternalReference).HasMaxLength(Idea.ExternalReferenceMaxLength);
        builder.HasIndex(x => x.ExternalReference).IsUnique().HasFilter("external_reference IS NOT NULL");
        builder.PrimitiveCollection(x => x.ProposedActors).ElementType(e => e.HasConversion<string>());
        builder.HasOne(x => x.Dialogue).WithMany(x => x.Ideas).HasForeignKey(x => x.DialogueId);
        builder.HasOne(x => x.Table).WithMany(x => x.Ideas).HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(x => x.DialogueId);
        builder.HasIndex(x => x.TableId);
        builder.Property<NpgsqlTsVector>(DialoogtafelsDbContext.SearchVectorProperty)
            .HasComputedColumnSql("to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(description, ''))", stored: true);
        builder.HasKeyArray(nameof(Idea.Themes), ThemeIdsProperty);
        // One GIN index for full-text search, theme filters (key array) and proposed actors: a query
        // with all three intersects their posting lists inside one index scan (KeyArrays).
        builder.HasIndex(nameof(Idea.ProposedActors), DialoogtafelsDbContext.SearchVectorProperty, ThemeIdsProperty)
            .HasMethod("GIN").HasDatabaseName("ix_ideas_search");
        builder.HasMany(x => x.Themes).WithMany(x => x.Ideas).UsingEntity<IdeaTheme>(
            r => r.HasOne<Theme>().WithMany().HasForeignKey(x => x.ThemeId),
            l => l.HasOne<Idea>().WithMany().HasForeignKey(x => x.IdeaId),
            j =>
            {
                j.HasKey(x => new { x.IdeaId, x.ThemeId });
                j.HasIndex(x => x.ThemeId);
            });
        builder.HasMany(x => x.AnsweredStories).WithMany(x => x.Ideas).UsingEntity<IdeaStory>(
            r => r.HasOne<Story>().WithMany().HasForeignKey(x => x.StoryId),
            l => l.HasOne<Idea>().WithMany().HasForeignKey(x => x.IdeaId),
            j =>
            {
                j.HasKey(x => new { x.IdeaId, x.StoryId });
                j.HasIndex(x => x.StoryId);
            });
    }
}
