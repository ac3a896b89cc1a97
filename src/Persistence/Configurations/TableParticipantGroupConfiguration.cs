using Dialoogtafels.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class TableParticipantGroupConfiguration : IEntityTypeConfiguration<TableParticipantGroup>
{
    public void Configure(EntityTypeBuilder<TableParticipantGroup> builder)
    {
        builder.HasKey(x => new { x.TableId, x.ParticipantGroupId });
        builder.HasOne(x => x.Table).WithMany(x => x.ParticipantGroups).HasForeignKey(x => x.TableId);
        builder.HasOne(x => x.ParticipantGroup).WithMany(x => x.Tables).HasForeignKey(x => x.ParticipantGroupId);
        builder.HasIndex(x => x.ParticipantGroupId);
        builder.ToTable(t => t.HasCheckConstraint("ck_table_participant_groups_count", "count IS NULL OR count >= 0"));
    }
}
