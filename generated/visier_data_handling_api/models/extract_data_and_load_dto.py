from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extract_data_and_load_dto_spill_debug_info_detail_level_dto import (
    ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO,
)
from ..models.extract_data_and_load_dto_spill_debug_info_partitions_dto import (
    ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractDataAndLoadDTO")


@_attrs_define
class ExtractDataAndLoadDTO:
    """What to extract, for which tenants, and what to do afterwards. The body of `startExtraction` and
    `adhocExtractionJob`.

        Attributes:
            tenants (list[str] | Unset): The analytic tenants to extract for, one extraction job each (administrating
                tenants only).
            all_tenants (bool | Unset): When true, extract for every analytic tenant the caller can reach (administrating
                tenants only).
            override_last_extraction_timestamp (int | str | Unset): Extract data from this time (epoch milliseconds) instead
                of from the last extraction. An int64 in protobuf JSON, which the service reads from a JSON string or a JSON
                number.
            publish_data_load_artifacts (bool | Unset): When true, publish the generated data load artifacts to production
                right away.
            run_processing_job (bool | Unset): When true, run a processing job after each successful extraction job.
            data_category_id (str | Unset): The data category to extract for; the primary one when left out.
            disable_artifact_generation (bool | Unset): When true, generate no data load artifacts.
            connector_ids (list[str] | Unset): Only run these data connectors.
            last_extraction_time_offset_weeks (int | Unset): Move the last extraction time this many weeks back.
            months_to_extract (int | Unset): How many months of snapshot data to extract.
            extract_to_time_override (int | str | Unset): Extract data up to this time (epoch milliseconds). An int64 in
                protobuf JSON, which the service reads from a JSON string or a JSON number.
            batch_size_override (int | Unset): The most subjects to fetch per batch.
            sql_batch_size (int | Unset): The most SQL table records to fetch per batch.
            force_update_existing_artifacts (bool | Unset): When true (and artifacts are generated), overwrite existing
                extractor artifacts, manual overrides included.
            excluded_tenants (list[str] | Unset): Tenants to leave out when `allTenants` is true.
            spill_debug_info_partitions_dto (ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO | Unset): Which debugging
                information to write, if any.
            spill_debug_info_detail_level_dto (ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO | Unset): How detailed the
                debugging information is.
            last_extraction_time_offset_months (int | Unset): Move the last extraction time this many months back.
            last_extraction_time_offset_mode (str | Unset): Whether the offset counts in `WEEK`s or `MONTH`s (the service
                uses `MONTH` when left out).
            offset_week_option (str | Unset): Where a week offset lands: `CURRENT_DAY_OF_WEEK` (the service's choice when
                left out), `FIRST_OF_WEEK` or `LAST_OF_WEEK`.
            offset_month_option (str | Unset): Where a month offset lands: `CURRENT_DAY_OF_MONTH` (the service's choice when
                left out), `FIRST_OF_MONTH` or `LAST_OF_MONTH`.
            credential_id (str | Unset): The credential to use, for the Databricks connector.
            output_target (str | Unset): Where the extracted data goes: `Receiving` (a receiving job; the service's choice
                when left out) or `SQL` (a SQL job for table sources).
    """

    tenants: list[str] | Unset = UNSET
    all_tenants: bool | Unset = UNSET
    override_last_extraction_timestamp: int | str | Unset = UNSET
    publish_data_load_artifacts: bool | Unset = UNSET
    run_processing_job: bool | Unset = UNSET
    data_category_id: str | Unset = UNSET
    disable_artifact_generation: bool | Unset = UNSET
    connector_ids: list[str] | Unset = UNSET
    last_extraction_time_offset_weeks: int | Unset = UNSET
    months_to_extract: int | Unset = UNSET
    extract_to_time_override: int | str | Unset = UNSET
    batch_size_override: int | Unset = UNSET
    sql_batch_size: int | Unset = UNSET
    force_update_existing_artifacts: bool | Unset = UNSET
    excluded_tenants: list[str] | Unset = UNSET
    spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO | Unset = UNSET
    spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO | Unset = UNSET
    last_extraction_time_offset_months: int | Unset = UNSET
    last_extraction_time_offset_mode: str | Unset = UNSET
    offset_week_option: str | Unset = UNSET
    offset_month_option: str | Unset = UNSET
    credential_id: str | Unset = UNSET
    output_target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants: list[str] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = self.tenants

        all_tenants = self.all_tenants

        override_last_extraction_timestamp: int | str | Unset
        if isinstance(self.override_last_extraction_timestamp, Unset):
            override_last_extraction_timestamp = UNSET
        else:
            override_last_extraction_timestamp = self.override_last_extraction_timestamp

        publish_data_load_artifacts = self.publish_data_load_artifacts

        run_processing_job = self.run_processing_job

        data_category_id = self.data_category_id

        disable_artifact_generation = self.disable_artifact_generation

        connector_ids: list[str] | Unset = UNSET
        if not isinstance(self.connector_ids, Unset):
            connector_ids = self.connector_ids

        last_extraction_time_offset_weeks = self.last_extraction_time_offset_weeks

        months_to_extract = self.months_to_extract

        extract_to_time_override: int | str | Unset
        if isinstance(self.extract_to_time_override, Unset):
            extract_to_time_override = UNSET
        else:
            extract_to_time_override = self.extract_to_time_override

        batch_size_override = self.batch_size_override

        sql_batch_size = self.sql_batch_size

        force_update_existing_artifacts = self.force_update_existing_artifacts

        excluded_tenants: list[str] | Unset = UNSET
        if not isinstance(self.excluded_tenants, Unset):
            excluded_tenants = self.excluded_tenants

        spill_debug_info_partitions_dto: str | Unset = UNSET
        if not isinstance(self.spill_debug_info_partitions_dto, Unset):
            spill_debug_info_partitions_dto = self.spill_debug_info_partitions_dto.value

        spill_debug_info_detail_level_dto: str | Unset = UNSET
        if not isinstance(self.spill_debug_info_detail_level_dto, Unset):
            spill_debug_info_detail_level_dto = self.spill_debug_info_detail_level_dto.value

        last_extraction_time_offset_months = self.last_extraction_time_offset_months

        last_extraction_time_offset_mode = self.last_extraction_time_offset_mode

        offset_week_option = self.offset_week_option

        offset_month_option = self.offset_month_option

        credential_id = self.credential_id

        output_target = self.output_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if all_tenants is not UNSET:
            field_dict["allTenants"] = all_tenants
        if override_last_extraction_timestamp is not UNSET:
            field_dict["overrideLastExtractionTimestamp"] = override_last_extraction_timestamp
        if publish_data_load_artifacts is not UNSET:
            field_dict["publishDataLoadArtifacts"] = publish_data_load_artifacts
        if run_processing_job is not UNSET:
            field_dict["runProcessingJob"] = run_processing_job
        if data_category_id is not UNSET:
            field_dict["dataCategoryId"] = data_category_id
        if disable_artifact_generation is not UNSET:
            field_dict["disableArtifactGeneration"] = disable_artifact_generation
        if connector_ids is not UNSET:
            field_dict["connectorIds"] = connector_ids
        if last_extraction_time_offset_weeks is not UNSET:
            field_dict["lastExtractionTimeOffsetWeeks"] = last_extraction_time_offset_weeks
        if months_to_extract is not UNSET:
            field_dict["monthsToExtract"] = months_to_extract
        if extract_to_time_override is not UNSET:
            field_dict["extractToTimeOverride"] = extract_to_time_override
        if batch_size_override is not UNSET:
            field_dict["batchSizeOverride"] = batch_size_override
        if sql_batch_size is not UNSET:
            field_dict["sqlBatchSize"] = sql_batch_size
        if force_update_existing_artifacts is not UNSET:
            field_dict["forceUpdateExistingArtifacts"] = force_update_existing_artifacts
        if excluded_tenants is not UNSET:
            field_dict["excludedTenants"] = excluded_tenants
        if spill_debug_info_partitions_dto is not UNSET:
            field_dict["spillDebugInfoPartitionsDTO"] = spill_debug_info_partitions_dto
        if spill_debug_info_detail_level_dto is not UNSET:
            field_dict["spillDebugInfoDetailLevelDTO"] = spill_debug_info_detail_level_dto
        if last_extraction_time_offset_months is not UNSET:
            field_dict["lastExtractionTimeOffsetMonths"] = last_extraction_time_offset_months
        if last_extraction_time_offset_mode is not UNSET:
            field_dict["lastExtractionTimeOffsetMode"] = last_extraction_time_offset_mode
        if offset_week_option is not UNSET:
            field_dict["offsetWeekOption"] = offset_week_option
        if offset_month_option is not UNSET:
            field_dict["offsetMonthOption"] = offset_month_option
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if output_target is not UNSET:
            field_dict["outputTarget"] = output_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenants = cast(list[str], d.pop("tenants", UNSET))

        all_tenants = d.pop("allTenants", UNSET)

        def _parse_override_last_extraction_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        override_last_extraction_timestamp = _parse_override_last_extraction_timestamp(
            d.pop("overrideLastExtractionTimestamp", UNSET)
        )

        publish_data_load_artifacts = d.pop("publishDataLoadArtifacts", UNSET)

        run_processing_job = d.pop("runProcessingJob", UNSET)

        data_category_id = d.pop("dataCategoryId", UNSET)

        disable_artifact_generation = d.pop("disableArtifactGeneration", UNSET)

        connector_ids = cast(list[str], d.pop("connectorIds", UNSET))

        last_extraction_time_offset_weeks = d.pop("lastExtractionTimeOffsetWeeks", UNSET)

        months_to_extract = d.pop("monthsToExtract", UNSET)

        def _parse_extract_to_time_override(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        extract_to_time_override = _parse_extract_to_time_override(d.pop("extractToTimeOverride", UNSET))

        batch_size_override = d.pop("batchSizeOverride", UNSET)

        sql_batch_size = d.pop("sqlBatchSize", UNSET)

        force_update_existing_artifacts = d.pop("forceUpdateExistingArtifacts", UNSET)

        excluded_tenants = cast(list[str], d.pop("excludedTenants", UNSET))

        _spill_debug_info_partitions_dto = d.pop("spillDebugInfoPartitionsDTO", UNSET)
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO | Unset
        if isinstance(_spill_debug_info_partitions_dto, Unset):
            spill_debug_info_partitions_dto = UNSET
        else:
            spill_debug_info_partitions_dto = ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO(
                _spill_debug_info_partitions_dto
            )

        _spill_debug_info_detail_level_dto = d.pop("spillDebugInfoDetailLevelDTO", UNSET)
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO | Unset
        if isinstance(_spill_debug_info_detail_level_dto, Unset):
            spill_debug_info_detail_level_dto = UNSET
        else:
            spill_debug_info_detail_level_dto = ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO(
                _spill_debug_info_detail_level_dto
            )

        last_extraction_time_offset_months = d.pop("lastExtractionTimeOffsetMonths", UNSET)

        last_extraction_time_offset_mode = d.pop("lastExtractionTimeOffsetMode", UNSET)

        offset_week_option = d.pop("offsetWeekOption", UNSET)

        offset_month_option = d.pop("offsetMonthOption", UNSET)

        credential_id = d.pop("credentialId", UNSET)

        output_target = d.pop("outputTarget", UNSET)

        extract_data_and_load_dto = cls(
            tenants=tenants,
            all_tenants=all_tenants,
            override_last_extraction_timestamp=override_last_extraction_timestamp,
            publish_data_load_artifacts=publish_data_load_artifacts,
            run_processing_job=run_processing_job,
            data_category_id=data_category_id,
            disable_artifact_generation=disable_artifact_generation,
            connector_ids=connector_ids,
            last_extraction_time_offset_weeks=last_extraction_time_offset_weeks,
            months_to_extract=months_to_extract,
            extract_to_time_override=extract_to_time_override,
            batch_size_override=batch_size_override,
            sql_batch_size=sql_batch_size,
            force_update_existing_artifacts=force_update_existing_artifacts,
            excluded_tenants=excluded_tenants,
            spill_debug_info_partitions_dto=spill_debug_info_partitions_dto,
            spill_debug_info_detail_level_dto=spill_debug_info_detail_level_dto,
            last_extraction_time_offset_months=last_extraction_time_offset_months,
            last_extraction_time_offset_mode=last_extraction_time_offset_mode,
            offset_week_option=offset_week_option,
            offset_month_option=offset_month_option,
            credential_id=credential_id,
            output_target=output_target,
        )

        extract_data_and_load_dto.additional_properties = d
        return extract_data_and_load_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
