using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    /// <summary>The key array of <see cref="Story.Themes"/> (see <see cref="KeyArrays"/>).</summary>
    public const string ThemeIdsProperty = "ThemeIds";

    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(Story.TitleMaxLength);
        builder.HasOne(x => x.Dialogue).WithMany(x => x.Stories).HasForeignKey(x => x.DialogueId);
        builder.HasOne(x => x.Table).WithMany(x => x.Stories).HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(x => x.DialogueId);
        builder.HasIndex(x => x.TableId);
        builder.HasIndex(x => x.Kind);
        builder.Property<NpgsqlTsVector>(DialoogtafelsDbContext.SearchVectorProperty)
            .HasComputedColumnSql("to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))", stored: true);
        builder.HasKeyArray(nameof(Story.Themes), ThemeIdsProperty);
        builder.HasIndex(DialoogtafelsDbContext.SearchVectorProperty, ThemeIdsProperty).HasMethod("GIN").HasDatabaseName("ix_stories_search");
        builder.HasMany(x => x.Themes).WithMany(x => x.Stories).UsingEntity<StoryTheme>(
            r => r.HasOne<Theme>().WithMany().HasForeignKey(x => x.ThemeId),
            l => l.HasOne<Story>().WithMany().HasForeignKey(x => x.StoryId),
            j =>
            {
                j.HasKey(x => new { x.StoryId, x.ThemeId });
                j.HasIndex(x => x.ThemeId);
            });
    }
}
