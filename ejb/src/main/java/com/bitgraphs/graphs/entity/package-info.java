/** What reports are asked (filters, periods) and what they answer, as plain records. */
package com.bitgraphs.graphs.entity;
