package io.github.fulianrules.model;

/** The "seven haves" (七有) standard of a Women's Home, 二(四)4. */
public enum Have {
    /** 有活动场所. */
    VENUE,
    /** 有骨干力量. */
    CORE_VOLUNTEERS,
    /** 有经费保障. */
    FUNDING,
    /** 有服务设备. */
    SERVICE_EQUIPMENT,
    /** 有长效机制. */
    STANDING_MECHANISM,
    /** 有特色活动. */
    SIGNATURE_ACTIVITIES,
    /** 有台账资料. */
    RECORDS_LEDGER
}
