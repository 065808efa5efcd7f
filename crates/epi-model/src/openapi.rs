//! OpenAPI schemas of the types that serialise as plain strings (feature `openapi`).

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use crate::practice::{PartialDate, PracticeId};

/// A string schema restricted to `values`.
pub(crate) fn string_enum(values: impl Iterator<Item = &'static str>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.collect::<Vec<_>>()))
        .into()
}

impl PartialSchema for PracticeId {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"))
            .description(Some(
                "The practice id, shared by its translations: `<city>/<slug>`.",
            ))
            .examples(["cluj-napoca/one-stop-shop"])
            .into()
    }
}

impl ToSchema for PracticeId {}

impl PartialSchema for PartialDate {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(r"^\d{4}(-\d{2}(-\d{2})?)?$"))
            .description(Some("A date known to the year, the month or the day."))
            .examples(["2021-06"])
            .into()
    }
}

impl ToSchema for PartialDate {}
