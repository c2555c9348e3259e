package io.cccjdbc.api;

import java.util.List;
import java.util.Objects;

/**
 * One contact-center instance: the {@code Data} of {@code GetInstance}, or one item of
 * {@code ListInstances}, whose {@code NumberList} carries only {@code Number}.
 */
public record Instance(
    String id,
    String name,
    String description,
    String domainName,
    String consoleUrl,
    String aliyunUid,
    String status,
    List<Admin> adminList,
    List<PhoneNumber> numberList) {

  public Instance {
    adminList = withoutNulls(adminList);
    numberList = withoutNulls(numberList);
  }

  /** A JSON {@code null} inside a list describes nothing; it is not a row of NULLs. */
  static <T> List<T> withoutNulls(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
