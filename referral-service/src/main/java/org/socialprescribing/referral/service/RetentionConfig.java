package org.socialprescribing.referral.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a closed referral is kept whole before retention anonymises it (docs/data-protection.md). */
@ConfigMapping(prefix = "referral.retention")
public interface RetentionConfig {

    /** Months after its close; 24 unless set. */
    @WithDefault("24")
    int closedMonths();

    /** When the job runs (a Quartz-style cron, read by Retention's {@code @Scheduled}): 02:30 every night. */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /** How many referrals one run anonymises at most (the next run takes the rest). */
    @WithDefault("500")
    int batchSize();
}
