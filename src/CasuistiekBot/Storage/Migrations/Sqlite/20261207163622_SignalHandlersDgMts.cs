using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignalHandlersDgMts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "handler_aad_object_id",
                table: "signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handler_name",
                table: "signals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "dg_of",
                table: "people",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_signals_handler_aad_object_id",
                table: "signals",
                column: "handler_aad_object_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_signals_handler_aad_object_id",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "handler_aad_object_id",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "handler_name",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "dg_of",
                table: "people");
        }
    }
}
